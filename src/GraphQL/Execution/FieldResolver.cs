using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>Produces a field's value. Throw <see cref="GraphQLException"/> for an error the client may read;
/// any other exception becomes an INTERNAL_SERVER_ERROR whose details are only logged.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);

/// <summary>What a resolver knows about the field it resolves.</summary>
public interface IResolveFieldContext
{
    /// <summary>The parent object's value (the root value for root fields).</summary>
    object? Source { get; }

    /// <summary>The field's arguments, coerced to their types; absent optional arguments are missing keys.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition FieldDefinition { get; }

    ObjectType ParentType { get; }

    /// <summary>Every field node merged into this field (same response key).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The path of this field in the response: names and list indices.</summary>
    IReadOnlyList<object> Path { get; }

    Schema Schema { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>
    /// The document's fragment definitions by name: what a field's named fragment spreads stand for (a resolver that reads its
    /// own selection, e.g. to load only the columns it needs, follows them). Empty unless the executor supplies them.
    /// </summary>
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => NoFragments.Instance;

    IReadOnlyDictionary<string, object?> VariableValues { get; }

    /// <summary>The request's services (ASP.NET request services in the API), if any.</summary>
    IServiceProvider? Services { get; }

    /// <summary>Per-request state shared by all resolvers (e.g. the current user).</summary>
    IDictionary<string, object?> UserContext { get; }

    /// <summary>Per-request DataLoaders.</summary>
    DataLoaderScope DataLoaders { get; }

    CancellationToken CancellationToken { get; }
}

/// <summary>The empty fragment table (<see cref="IResolveFieldContext.Fragments"/>'s default).</summary>
internal static class NoFragments
{
    public static readonly IReadOnlyDictionary<string, FragmentDefinitionNode> Instance = new Dictionary<string, FragmentDefinitionNode>();
}
