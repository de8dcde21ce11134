namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The DataLoaders of one request: batched, cached loads so resolvers never make N+1 queries.
/// (Being built in the execution work; the shape of its public API is set there.)
/// </summary>
public sealed class DataLoaderScope
{
}
