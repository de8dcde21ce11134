using MentorGraph.Api.Configuration;
using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Conventions.Authorization;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Matching;

namespace MentorGraph.Api.Schema.Suggestions;

/// <summary>The arguments of <c>Query.suggestedPairings</c>.</summary>
public sealed record SuggestedPairingsArguments(string ProgramId, string PersonId, int? First)
{
    /// <summary>The page size asked for; an explicit null means the default, 10.</summary>
    public int Size => First ?? 10;
}

/// <summary>The GraphQL type <c>PairingSuggestion</c>; the candidate loads by key through the <c>Person</c> type's rules.</summary>
public sealed record PairingSuggestionView(
    long CandidateId, string SeniorId, string JuniorId, double Score, string Explanation,
    IReadOnlyList<Analytics.TopicDefinition> TheyCanTeach, IReadOnlyList<Analytics.TopicDefinition> YouCanTeach);

/// <summary>
/// <c>suggestedPairings</c>: ADMIN, or a signed-in person for themselves (checked before anything is read; anyone else
/// FORBIDDEN). The evidence is <see cref="PairingEvidenceQuery"/>'s (four statements), the score
/// <see cref="PairingScore"/>'s (pure code).
/// </summary>
internal static class SuggestionsResolvers
{
    public static SchemaBuilder AddSuggestions(this SchemaBuilder builder) => builder
        .BindType<PairingSuggestionView>("PairingSuggestion")
        .Resolve("PairingSuggestion.person", async context =>
        {
            var view = (PairingSuggestionView)context.Source!;
            return await Loaders.ByKeyAsync<Person>(context, p => p.Id, view.CandidateId)
                ?? throw new InvalidOperationException($"Candidate {view.CandidateId} is not visible.");
        })
        .ResolveArguments<SuggestedPairingsArguments>("Query.suggestedPairings", async (arguments, context) =>
        {
            var programId = Ids.ForArgument(arguments.ProgramId, NodeTypes.Program, "programId");
            var personId = Ids.ForArgument(arguments.PersonId, NodeTypes.Person, "personId");
            var viewer = (await RequestData.GetAsync(context)).Viewer;
            if (!viewer.IsAdmin && viewer.PersonId != personId)
            {
                throw new GraphQLException("Only an ADMIN, or the person themself, may ask for suggested pairings.", AuthorizationConvention.ForbiddenCode);
            }

            var services = context.Services ?? throw new InvalidOperationException("suggestedPairings needs the request's services.");
            var settings = services.GetRequiredService<SuggestionsSettings>();
            if (arguments.Size < 1 || arguments.Size > settings.MaxFirst)
            {
                throw new GraphQLException($"first must be from 1 to {settings.MaxFirst} (it is {arguments.Size}).", ErrorCodes.BadUserInput);
            }

            var query = services.GetRequiredService<PairingEvidenceQuery>();
            var found = await query.ReadPersonAsync(personId, programId, context.CancellationToken);
            if (found is not { } read)
            {
                throw new GraphQLException($"There is no person with the id {arguments.PersonId}.", ErrorCodes.BadUserInput);
            }

            if (!read.ProgramExists)
            {
                throw new GraphQLException($"There is no program with the id {arguments.ProgramId}.", ErrorCodes.BadUserInput);
            }

            if (!read.Person.Active)
            {
                throw new GraphQLException($"{read.Person.Name} is no longer active: no pairing can be suggested.", ErrorCodes.BadUserInput);
            }

            var candidates = await query.ReadCandidatesAsync(read.Person, programId, settings.ShortlistSize, context.CancellationToken);
            return PairingScore.Rank(read.Person, candidates, arguments.Size, id => TopicIds.Topic(id).Title)
                .Select(s => new PairingSuggestionView(
                    s.CandidateId,
                    GlobalId.Encode(NodeTypes.Person, s.SeniorId),
                    GlobalId.Encode(NodeTypes.Person, s.JuniorId),
                    s.Score,
                    s.Explanation,
                    [.. s.TheyCanTeach.Select(TopicIds.Topic)],
                    [.. s.YouCanTeach.Select(TopicIds.Topic)]))
                .ToList();
        });
}
