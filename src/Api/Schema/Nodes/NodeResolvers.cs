using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Lessons;
using MentorGraph.Api.Schema.Pairings;
using MentorGraph.Api.Schema.People;
using MentorGraph.Api.Schema.Programs;
using MentorGraph.Api.Schema.Sessions;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Nodes;

/// <summary>
/// <c>Query.node</c> and <c>Query.nodes</c>: any entity by its global id, through the same per-type DataLoaders
/// (and so the same visibility rules) as every other field — <c>nodes</c> of twenty pairings is one query.
/// </summary>
internal static class NodeResolvers
{
    public const int MaxIds = 50;

    public static SchemaBuilder AddNodes(this SchemaBuilder builder) => builder
        .Resolve("Query.node", async context => await LoadAsync(context, (string)context.Arguments["id"]!))
        .Resolve("Query.nodes", async context =>
        {
            var ids = ((IEnumerable<object?>)context.Arguments["ids"]!).Cast<string>().ToList();
            if (ids.Count > MaxIds)
            {
                throw new GraphQLException($"\"ids\" holds {ids.Count} ids; at most {MaxIds} are read at once.", ErrorCodes.BadUserInput);
            }

            foreach (var id in ids)
            {
                Decode(id);
            }

            return await Task.WhenAll(ids.Select(id => LoadAsync(context, id)));
        });

    private static async Task<object?> LoadAsync(IResolveFieldContext context, string id)
    {
        var (type, key) = Decode(id);
        return type switch
        {
            NodeTypes.Department => await Loaders.ByKeyAsync<Department>(context, e => e.Id, key),
            NodeTypes.Person => await Loaders.ByKeyAsync(context, PersonShape.Shape, e => e.Id, key),
            NodeTypes.Program => await Loaders.ByKeyAsync(context, ProgramShape.Shape, e => e.Id, key),
            NodeTypes.Pairing => await Loaders.ByKeyAsync(context, PairingShape.Shape, e => e.Id, key),
            NodeTypes.Session => await Loaders.ByKeyAsync(context, SessionShape.Shape, e => e.Id, key),
            NodeTypes.SessionNote => await Loaders.ByKeyAsync<SessionNote>(context, e => e.Id, key),
            NodeTypes.SessionFeedback => await Loaders.ByKeyAsync<SessionFeedback>(context, e => e.Id, key),
            NodeTypes.Lesson => await Loaders.ByKeyAsync(context, LessonShape.Shape, e => e.Id, key),
            _ => null,
        };
    }

    private static (string Type, long Key) Decode(string id) =>
        GlobalId.TryDecode(id, out var type, out var key)
            ? (type, key)
            : throw new GraphQLException($"\"{id}\" is not an id of this API.", ErrorCodes.BadUserInput);
}
