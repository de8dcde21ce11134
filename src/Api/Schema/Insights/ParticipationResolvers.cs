using MentorGraph.Api.Configuration;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// <c>participation</c> (EXECUTIVE, ANALYST, ADMIN — the SDL's <c>@authorize</c>): pairings and their people over a period,
/// read by <see cref="ParticipationQuery"/> in one statement, with the privacy rules of <see cref="Participation"/>.
/// </summary>
internal static class ParticipationResolvers
{
    /// <summary>The most groupings of one participation (as knowledgeFlow's).</summary>
    public const int MaxGroupings = 3;

    public static SchemaBuilder AddParticipation(this SchemaBuilder builder) => builder
        .BindEnum<ParticipationDimension>("ParticipationGrouping")
        .BindType<ParticipationGroupView>("ParticipationGroup")
        .ResolveArguments<ParticipationArguments>("Query.participation", async (arguments, context) =>
        {
            var period = arguments.Period.Checked();
            var groupBy = arguments.GroupBy;
            if (groupBy.Count > MaxGroupings || groupBy.Distinct().Count() != groupBy.Count)
            {
                throw new GraphQLException($"groupBy takes at most {MaxGroupings} groupings, each once.", ErrorCodes.BadUserInput);
            }

            if (groupBy.Contains(ParticipationDimension.Month) && groupBy.Contains(ParticipationDimension.Quarter))
            {
                throw new GraphQLException("groupBy takes MONTH or QUARTER, not both (a month lies in one quarter).", ErrorCodes.BadUserInput);
            }

            var services = context.Services ?? throw new InvalidOperationException("Insights need the request's services.");
            var settings = services.GetRequiredService<InsightsSettings>();
            var cells = await services.GetRequiredService<ParticipationQuery>().ReadAsync(groupBy, period.From, period.To, settings.TimeZone, context.CancellationToken);
            return Participation.Groups(cells, groupBy, settings.MinimumGroupSize);
        });
}
