using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Pairings;

/// <summary><c>Query.pairings</c> (newest proposal first unless ordered) and <c>Query.pairing</c>, both over the viewer's visible pairings.</summary>
internal static class PairingQueries
{
    public static SchemaBuilder AddPairingQueries(this SchemaBuilder builder) => builder
        .ResolveConnection(
            "Query.pairings",
            PairingShape.Shape,
            context =>
            {
                var data = RequestData.Of(context);
                FilterGuard.Check(context, data);
                return data.Visible<Pairing>();
            },
            settings => settings.OrderByDefault(p => p.ProposedAt, descending: true))
        .Resolve("Query.pairing", async context =>
            await Loaders.ByKeyAsync(context, PairingShape.Shape, p => p.Id, Ids.ForArgument((string)context.Arguments["id"]!, NodeTypes.Pairing)));
}
