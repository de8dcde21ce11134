using System.Collections.Concurrent;
using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Data.Paging;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Api.Schema.Common;

/// <summary>
/// The two DataLoader shapes every nested field uses, each batch one SQL statement over the viewer's visible
/// rows: by key (a pairing's senior, a lesson's session: every parent of a level asks, one <c>WHERE id = ANY</c>
/// answers) and by group (a session's notes, a pairing's status history: one <c>WHERE parent_id = ANY</c>,
/// grouped here). Loaders are per request and cache what they loaded.
/// </summary>
public static class Loaders
{
    /// <summary>
    /// The compiled key readers, one per loader: compiling an expression per batch cost more CPU than the rest of a small
    /// request's loading (and left dynamic methods for the finalizer). A loader's name fixes its key, as it fixes its query.
    /// </summary>
    private static readonly ConcurrentDictionary<(Type, string), Delegate> Readers = new();
    /// <summary>The visible <typeparamref name="T"/> with <paramref name="key"/>; null when there is none the viewer may see.</summary>
    public static async Task<T?> ByKeyAsync<T>(IResolveFieldContext context, Expression<Func<T, long>> keyOf, long key)
        where T : class
    {
        var loader = context.DataLoaders.GetOrAdd<long, T>($"{typeof(T).Name}.byKey", async (keys, token) =>
        {
            var data = await RequestData.GetAsync(context).ConfigureAwait(false);
            var rows = await data.ListAsync(data.Visible<T>().Where(In(keyOf, keys)), token).ConfigureAwait(false);
            var read = Reader(keyOf, $"{typeof(T).Name}.byKey");
            return rows.ToDictionary(read);
        });
        return await loader.LoadAsync(key).ConfigureAwait(false);
    }

    /// <summary>
    /// The visible <typeparamref name="T"/> whose <paramref name="groupOf"/> is <paramref name="key"/>, in the order
    /// <paramref name="order"/> gives (applied to the batch's one query); empty when none.
    /// </summary>
    public static async Task<IReadOnlyList<T>> GroupAsync<T>(
        IResolveFieldContext context,
        string name,
        Expression<Func<T, long>> groupOf,
        long key,
        Func<IQueryable<T>, IQueryable<T>> order)
        where T : class
    {
        var loader = context.DataLoaders.GetOrAdd<long, IReadOnlyList<T>>(name, async (keys, token) =>
        {
            var data = await RequestData.GetAsync(context).ConfigureAwait(false);
            var rows = await data.ListAsync(order(data.Visible<T>().Where(In(groupOf, keys))), token).ConfigureAwait(false);
            var read = Reader(groupOf, name);
            return rows.GroupBy(read).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
        });
        return await loader.LoadAsync(key).ConfigureAwait(false) ?? [];
    }

    /// <summary>
    /// As <see cref="ByKeyAsync{T}(IResolveFieldContext, Expression{Func{T, long}}, long)"/>, loading only the columns the field's
    /// selection needs on <paramref name="shape"/>, and the related rows of the selected fields the shape joins (each through
    /// its type's visibility rule) in the same statement (see <c>EntityProjection</c>). Fields asking for different columns
    /// load in different batches. Only for shapes whose <c>Reads</c> declare what every resolver of the type reads.
    /// </summary>
    public static async Task<T?> ByKeyAsync<T>(IResolveFieldContext context, EntityShape<T> shape, Expression<Func<T, long>> keyOf, long key)
        where T : class
    {
        var data = await RequestData.GetAsync(context).ConfigureAwait(false);
        var projection = EntityProjection<T>.ForField(shape, context, data.Guards);
        var loader = context.DataLoaders.GetOrAdd<long, T>($"{typeof(T).Name}.byKey[{projection?.Signature ?? "*"}]", async (keys, token) =>
        {
            var visible = data.Visible<T>().Where(In(keyOf, keys));
            var rows = await data.ListAsync(projection is null ? visible : visible.Select(projection.Selector), token).ConfigureAwait(false);
            var read = Reader(keyOf, $"{typeof(T).Name}.byKey");
            return rows.ToDictionary(read);
        });
        return await loader.LoadAsync(key).ConfigureAwait(false);
    }

    private static Func<T, long> Reader<T>(Expression<Func<T, long>> key, string loader) =>
        (Func<T, long>)Readers.GetOrAdd((typeof(T), loader), static (_, key) => key.Compile(), key);

    /// <summary>
    /// <c>e =&gt; keys.Contains(key(e))</c>, the keys a query parameter (an array in PostgreSQL: <c>id = ANY(@list)</c>); for a
    /// single key <c>e =&gt; key(e) == k</c> (<c>id = @k</c>). The difference matters to PostgreSQL's plan cache: it estimates an
    /// array parameter at ten elements, so a prepared statement's generic plan for <c>= ANY</c> looks costlier than a custom plan
    /// for one key and is never chosen — every execution was planned anew (a quarter of a millisecond of CPU for a pairing and
    /// its two people, five times the execution) — while <c>= @k</c> switches to the generic plan after five executions.
    /// </summary>
    public static Expression<Func<T, bool>> In<T>(Expression<Func<T, long>> keyOf, IReadOnlyList<long> keys)
    {
        if (keys.Count == 1)
        {
            var key = keys[0];
            Expression<Func<long>> single = () => key;
            return Expression.Lambda<Func<T, bool>>(Expression.Equal(keyOf.Body, single.Body), keyOf.Parameters);
        }

        var list = keys.ToList();
        Expression<Func<List<long>>> holder = () => list;
        var contains = Expression.Call(holder.Body, ListContains, keyOf.Body);
        return Expression.Lambda<Func<T, bool>>(contains, keyOf.Parameters);
    }

    private static readonly System.Reflection.MethodInfo ListContains = typeof(List<long>).GetMethod(nameof(List<long>.Contains))!;
}
