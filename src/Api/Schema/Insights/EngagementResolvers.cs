using MentorGraph.Api.Configuration;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// <c>engagement</c> (EXECUTIVE, ANALYST, ADMIN — the SDL's <c>@authorize</c>): the figures of <see cref="EngagementQuery"/>
/// (one statement) with the privacy rule of <see cref="Engagement"/>, decided first (a suppressed answer reads no figures).
/// </summary>
internal static class EngagementResolvers
{
    public static SchemaBuilder AddEngagement(this SchemaBuilder builder) => builder
        .BindType<EngagementView>("Engagement")
        .ResolveArguments<EngagementArguments>("Query.engagement", async (arguments, context) =>
        {
            var period = arguments.Period.Checked();
            var filter = arguments.Where?.ToFilter() ?? new EngagementFilter();
            var services = context.Services ?? throw new InvalidOperationException("Insights need the request's services.");
            var settings = services.GetRequiredService<InsightsSettings>();
            var query = services.GetRequiredService<EngagementQuery>();
            var people = await query.ReadPeopleAsync(period.From, period.To, settings.TimeZone, context.CancellationToken);
            if (Engagement.Suppressed(people, filter, settings.MinimumGroupSize))
            {
                return EngagementView.SuppressedView;
            }

            return Engagement.View(await query.ReadAsync(period.From, period.To, settings.TimeZone, filter, context.CancellationToken), suppressed: false);
        });
}
