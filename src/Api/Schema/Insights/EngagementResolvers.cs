using MentorGraph.Api.Configuration;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// <c>engagement</c> (EXECUTIVE, ANALYST, ADMIN — the SDL's <c>@authorize</c>): the figures of <see cref="EngagementQuery"/>
/// (one statement) with the privacy rule of <see cref="Engagement"/> over the people of every program and department it filters on.
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
            // The privacy rule's grid and the figures are read side by side, each on a connection of its own: the answer
            // waits for the slower, not the sum. A suppressed answer drops the figures unseen.
            var grid = query.ReadPeopleGridAsync(
                period.From, period.To, settings.TimeZone, filter.ProgramId is not null, filter.DepartmentId is not null, settings.MinimumGroupSize, context.CancellationToken);
            var figures = query.ReadAsync(period.From, period.To, settings.TimeZone, filter, context.CancellationToken);
            await Task.WhenAll(grid, figures);
            return Engagement.View(await figures, Engagement.Suppressed(await grid, filter, settings.MinimumGroupSize));
        });
}
