using MentorGraph.GraphQL.Data.Paging;
using MentorGraph.GraphQL.Data.Sdl;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Data.Binding;

/// <summary>The resolvers of the generated <c>XConnection</c>, <c>XEdge</c> and <c>PageInfo</c> types: they read a <see cref="IConnection"/>.</summary>
internal static class ConnectionTypeResolvers
{
    public static void Bind(Schema schema, IEnumerable<string> connectionTypes)
    {
        foreach (var name in connectionTypes)
        {
            Set(schema, name, "pageInfo", c => Value(Of<IConnection>(c).PageInfo));
            Set(schema, name, "edges", c => Value(Of<IConnection>(c).Edges));
            Set(schema, name, "nodes", c => Value(Of<IConnection>(c).Nodes));
            Set(schema, name, "totalCount", async c => (object?)await Of<IConnection>(c).GetTotalCountAsync(c.CancellationToken).ConfigureAwait(false));
            Set(schema, ConnectionTypes.EdgeName(name), "cursor", c => Value(Of<IEdge>(c).Cursor));
            Set(schema, ConnectionTypes.EdgeName(name), "node", c => Value(Of<IEdge>(c).Node));
        }

        var pageInfo = ConnectionTypes.PageInfoName;
        Set(schema, pageInfo, "hasNextPage", async c => (object?)await Of<PageInfo>(c).HasNextPageAsync(c.CancellationToken).ConfigureAwait(false));
        Set(schema, pageInfo, "hasPreviousPage", async c => (object?)await Of<PageInfo>(c).HasPreviousPageAsync(c.CancellationToken).ConfigureAwait(false));
        Set(schema, pageInfo, "startCursor", c => Value(Of<PageInfo>(c).StartCursor));
        Set(schema, pageInfo, "endCursor", c => Value(Of<PageInfo>(c).EndCursor));
    }

    private static void Set(Schema schema, string typeName, string fieldName, Func<IResolveFieldContext, ValueTask<object?>> resolver)
    {
        if (schema.GetType(typeName) is ObjectType type && type.GetField(fieldName) is { Resolver: null } field)
        {
            field.Resolver = context => resolver(context);
        }
    }

    private static ValueTask<object?> Value(object? value) => new(value);

    private static T Of<T>(IResolveFieldContext context) =>
        context.Source is T value
            ? value
            : throw new InvalidOperationException(
                $"{context.ParentType.Name}.{context.FieldDefinition.Name} expects a {typeof(T).Name} from its parent field, not {context.Source?.GetType().Name ?? "null"}: bind connection fields with ResolveConnection.");
}
