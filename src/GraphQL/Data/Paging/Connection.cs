using System.Collections;

namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// What the resolvers of a generated <c>XConnection</c> read: the page's nodes with their edges, the page
/// info, and the total count — computed only when <c>totalCount</c> is selected, since it is a query of its
/// own. The non-generic view, for the generated types' field resolvers.
/// </summary>
public interface IConnection
{
    IReadOnlyList<IEdge> Edges { get; }

    IEnumerable Nodes { get; }

    PageInfo PageInfo { get; }

    /// <summary>How many rows the filter matches, all pages together; runs its count when first asked.</summary>
    Task<int> GetTotalCountAsync(CancellationToken cancellationToken);
}

/// <summary>An edge: one node and its cursor.</summary>
public interface IEdge
{
    string Cursor { get; }

    object? Node { get; }
}

/// <summary>A page of <typeparamref name="T"/>, as a connection; made by <see cref="PageRequest{TEntity}.ToConnection"/>.</summary>
public sealed class Connection<T> : IConnection
{
    private readonly Func<CancellationToken, Task<int>> _countTotal;
    private Task<int>? _total;

    internal Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countTotal)
    {
        Edges = edges;
        PageInfo = pageInfo;
        _countTotal = countTotal;
    }

    public IReadOnlyList<Edge<T>> Edges { get; }

    public IReadOnlyList<T> Nodes => Edges.Select(e => e.Node).ToList();

    public PageInfo PageInfo { get; }

    IReadOnlyList<IEdge> IConnection.Edges => Edges;

    IEnumerable IConnection.Nodes => Nodes;

    public Task<int> GetTotalCountAsync(CancellationToken cancellationToken) => _total ??= _countTotal(cancellationToken);
}

/// <summary>One node of a page and its cursor, encoded when first read.</summary>
public sealed class Edge<T> : IEdge
{
    private readonly Func<string> _encode;
    private string? _cursor;

    internal Edge(T node, Func<string> encode)
    {
        Node = node;
        _encode = encode;
    }

    public T Node { get; }

    public string Cursor => _cursor ??= _encode();

    object? IEdge.Node => Node;
}

/// <summary>
/// <c>PageInfo</c>. The side the client reads towards is known from the extra row each page query fetches;
/// the other side (is there anything before <c>after</c>, after <c>before</c>?) is a query of its own, run
/// only when that field is selected.
/// </summary>
public sealed class PageInfo
{
    private readonly Func<CancellationToken, Task<bool>> _hasNext;
    private readonly Func<CancellationToken, Task<bool>> _hasPrevious;
    private Task<bool>? _next;
    private Task<bool>? _previous;

    private readonly IEdge? _first;
    private readonly IEdge? _last;

    internal PageInfo(Func<CancellationToken, Task<bool>> hasNext, Func<CancellationToken, Task<bool>> hasPrevious, IEdge? first, IEdge? last)
    {
        _hasNext = hasNext;
        _hasPrevious = hasPrevious;
        _first = first;
        _last = last;
    }

    /// <summary>The first edge's cursor; null on an empty page.</summary>
    public string? StartCursor => _first?.Cursor;

    /// <summary>The last edge's cursor; null on an empty page.</summary>
    public string? EndCursor => _last?.Cursor;

    public Task<bool> HasNextPageAsync(CancellationToken cancellationToken) => _next ??= _hasNext(cancellationToken);

    public Task<bool> HasPreviousPageAsync(CancellationToken cancellationToken) => _previous ??= _hasPrevious(cancellationToken);
}
