namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// Runs the queries a connection needs. The engine references no ORM, so it cannot call EF Core's
/// <c>ToListAsync</c>/<c>CountAsync</c>; a host on EF Core supplies a runner that does (three lines), so
/// counts and existence checks do not block a thread. <see cref="QueryRunner.Default"/> works with any
/// provider: it streams pages through <see cref="IAsyncEnumerable{T}"/> when the query is one (EF Core's
/// are) and counts synchronously.
/// </summary>
public interface IQueryRunner
{
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}

/// <summary>The runner that needs no provider: see <see cref="IQueryRunner"/>.</summary>
public sealed class QueryRunner : IQueryRunner
{
    public static QueryRunner Default { get; } = new();

    public async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query is not IAsyncEnumerable<T> asynchronous)
        {
            return query.ToList();
        }

        var list = new List<T>();
        await foreach (var item in asynchronous.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(query.Count());
    }

    public async Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return (await ToListAsync(query.Take(1), cancellationToken).ConfigureAwait(false)).Count > 0;
    }
}
