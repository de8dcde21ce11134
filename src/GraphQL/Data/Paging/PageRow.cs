namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// One row of a page query: the node and its order's key values, read by the same query — so a cursor holds
/// exactly the values the database compared, and sort keys across related objects need no loaded navigation.
/// </summary>
public sealed class PageRow<T>
{
    public T Node { get; set; } = default!;

    /// <summary>The value of each order key (the entity's key last), as <see cref="PageRequest{TEntity}.Order"/> lists them.</summary>
    public object?[] Keys { get; set; } = [];
}
