namespace MentorGraph.GraphQL.Execution;

/// <summary>How the executor treats resolvers and their failures (the limits live in <see cref="GraphQLOptions"/>).</summary>
public sealed record ExecutionOptions
{
    /// <summary>
    /// Told of every exception a resolver (or a scalar, type resolver, batch function) threw that is not a
    /// <see cref="GraphQLException"/>, with the response path of the field. The client only sees
    /// "Internal server error"; log the details here.
    /// </summary>
    public Action<Exception, IReadOnlyList<object>>? UnexpectedErrorLogger { get; init; }

    /// <summary>The resolver for fields that have none bound; by default <see cref="DefaultFieldResolver.Resolve"/>.</summary>
    public FieldResolver? DefaultResolver { get; init; }

    /// <summary>Object type names of CLR types, used to resolve abstract types when neither the type's own
    /// resolver nor a <c>__typename</c> member of the value tells.</summary>
    public IReadOnlyDictionary<Type, string>? ClrTypeNames { get; init; }
}
