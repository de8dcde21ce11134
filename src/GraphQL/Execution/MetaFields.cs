namespace MentorGraph.GraphQL.Execution;

/// <summary>The names of the spec's meta-fields (4.4); their definitions live in <see cref="Types.Introspection"/>.</summary>
public static class MetaFields
{
    /// <summary><c>__typename</c>: answered by the executor itself with the runtime object type's name.</summary>
    public const string TypeName = "__typename";
}
