using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Data.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace MentorGraph.Api.Data;

/// <summary>
/// Runs the engine's page, count and existence queries with EF Core's async methods, one at a time per
/// <see cref="DbContext"/>. The executor resolves the fields of a level concurrently (two root connections, a
/// count beside a page), but a DbContext allows one operation at a time; every read of a request — connections,
/// DataLoaders, the viewer lookup — goes through <see cref="RunAsync{T}"/> with the context's query provider
/// (one per context instance), so they queue instead of failing.
/// </summary>
public sealed class EfQueryRunner : IQueryRunner
{
    public static EfQueryRunner Instance { get; } = new();

    private static readonly ConditionalWeakTable<IQueryProvider, SemaphoreSlim> Gates = new();

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Provider is not IAsyncQueryProvider)
        {
            return QueryRunner.Default.ToListAsync(query, cancellationToken);
        }

        return RunAsync(query.Provider, token => query.ToListAsync(token), cancellationToken);
    }

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Provider is not IAsyncQueryProvider)
        {
            return QueryRunner.Default.CountAsync(query, cancellationToken);
        }

        return RunAsync(query.Provider, token => query.CountAsync(token), cancellationToken);
    }

    public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Provider is not IAsyncQueryProvider)
        {
            return QueryRunner.Default.AnyAsync(query, cancellationToken);
        }

        return RunAsync(query.Provider, token => query.AnyAsync(token), cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> alone on the context of <paramref name="db"/> (reads and writes outside the engine's queries).</summary>
    public static Task<T> RunAsync<T>(DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return RunAsync(ProviderOf(db), work, cancellationToken);
    }

    /// <summary>The context's query provider: one instance per context, shared by all its sets, so it keys the context's gate.</summary>
    private static IQueryProvider ProviderOf(DbContext db) => ((IQueryable)db.Set<Persistence.Entities.Topic>()).Provider;

    private static async Task<T> RunAsync<T>(IQueryProvider provider, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = Gates.GetValue(provider, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
