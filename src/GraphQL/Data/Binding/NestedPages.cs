using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Filtering;
using MentorGraph.GraphQL.Data.Paging;
using MentorGraph.GraphQL.Data.Sorting;

namespace MentorGraph.GraphQL.Data.Binding;

/// <summary>Which optional parts a batched page query computes for each parent (see <see cref="NestedPages"/>).</summary>
/// <param name="TotalCount">Each parent's count of filtered children.</param>
/// <param name="FarSide">Whether children exist on the far side of the cursors (the page info's other direction).</param>
public sealed record NestedPageParts(bool TotalCount, bool FarSide);

/// <summary>One parent's page, as a batched query returns it.</summary>
public sealed class ParentPage<TKey, TEntity>
{
    public TKey Key { get; set; } = default!;

    /// <summary>Up to page size + 1 children with their order's key values, in query order.</summary>
    public List<PageRow<TEntity>> Items { get; set; } = [];

    /// <summary>The parent's count of filtered children, when asked for.</summary>
    public int? TotalCount { get; set; }

    /// <summary>Children at or before the <c>after</c> cursor exist; when asked for and the cursor was given.</summary>
    public bool? AnyAtOrBeforeAfter { get; set; }

    /// <summary>Children at or after the <c>before</c> cursor exist; when asked for and the cursor was given.</summary>
    public bool? AnyAtOrAfterBefore { get; set; }
}

/// <summary>One child row of a batched page read as a join (see <see cref="NestedPages.RowsQuery"/>): its parent's key, the child, its order's key values.</summary>
public sealed class ParentRow<TKey, TEntity>
{
    public TKey Key { get; set; } = default!;

    public TEntity Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];
}

/// <summary>
/// The pages of a nested list for many parents in one query — the path the domain's DataLoaders take so that
/// a level of a response costs one SQL statement whatever its size. From one <see cref="PageRequest{TEntity}"/>
/// (every parent at a field shares its arguments) it builds one of two queries (<see cref="LoadAsync"/> chooses):
/// <list type="bullet">
/// <item>pages alone (the usual case): <c>parents.Where(p =&gt; keys.Contains(key(p))).SelectMany(p =&gt; page(children(p)))</c>
/// (<see cref="RowsQuery"/>), which PostgreSQL runs as a <c>LATERAL</c> subquery per parent: an index serves its
/// <c>ORDER BY … LIMIT</c>, so only the rows of the pages are read — a window function would number every child of
/// every parent first (on 1,000,000 seeded sessions the 50 longest-running ACTIVE pairings have 2,633 sessions; their
/// last 3 are 150);</item>
/// <item>with a count or the far side of a cursor, or ordered by a related entity's field: <c>parents.Where(...).Select(p =&gt;
/// new ParentPage { Key = key(p), Items = page(children(p)), TotalCount = ..., ... })</c> (<see cref="Query"/>), which EF Core
/// translates into one statement with a window function per parent — a count reads every child anyway.</item>
/// </list>
/// </summary>
public static class NestedPages
{
    /// <summary><c>Enumerable.Select(source, e =&gt; ...)</c>, the overload without an index.</summary>
    private static readonly System.Reflection.MethodInfo EnumerableSelect = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);

    /// <summary>Runs the batch's one query and returns each parent's page by key (a parent without children may be absent).</summary>
    public static async Task<IReadOnlyDictionary<TKey, ParentPage<TKey, TEntity>>> LoadAsync<TParent, TKey, TEntity>(
        IQueryRunner runner,
        IQueryable<TParent> parents,
        Expression<Func<TParent, TKey>> parentKey,
        Expression<Func<TParent, IEnumerable<TEntity>>> children,
        PageRequest<TEntity> request,
        IReadOnlyList<TKey> keys,
        NestedPageParts parts,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.TotalCount || (parts.FarSide && request.HasCursor) || !request.QueryOrderKeys.All(k => OwnColumnsOnly.Of(k.Selector)))
        {
            var pages = await runner.ToListAsync(Query(parents, parentKey, children, request, keys, parts), cancellationToken).ConfigureAwait(false);
            return pages.ToDictionary(p => p.Key);
        }

        var rows = await runner.ToListAsync(RowsQuery(parents, parentKey, children, request, keys), cancellationToken).ConfigureAwait(false);
        var byParent = new Dictionary<TKey, ParentPage<TKey, TEntity>>();
        foreach (var row in rows)
        {
            if (!byParent.TryGetValue(row.Key, out var page))
            {
                page = new ParentPage<TKey, TEntity> { Key = row.Key };
                byParent.Add(row.Key, page);
            }

            page.Items.Add(new PageRow<TEntity> { Node = row.Node, Keys = row.Keys });
        }

        return byParent;
    }

    /// <summary>
    /// The rows of every parent's page, as one join: <c>parents.Where(p =&gt; keys.Contains(key(p))).SelectMany(p =&gt;
    /// page(children(p)).Select(e =&gt; new ParentRow { Key = key(p), Node = e, Keys = ... }))</c>, ordered by parent, then in the
    /// page's query order (a join keeps no order of its own). Parents without children have no rows.
    /// The row is made inside the collection, so the page refers to its parent beyond the join condition: EF Core then keeps the
    /// correlated subquery (<c>JOIN LATERAL</c>) — with only <c>child.ParentId == p.Id</c> it would turn it into a join on
    /// <c>ROW_NUMBER() OVER (PARTITION BY …)</c> over all children, the very plan this path avoids.
    /// </summary>
    public static IQueryable<ParentRow<TKey, TEntity>> RowsQuery<TParent, TKey, TEntity>(
        IQueryable<TParent> parents,
        Expression<Func<TParent, TKey>> parentKey,
        Expression<Func<TParent, IEnumerable<TEntity>>> children,
        PageRequest<TEntity> request,
        IReadOnlyList<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(parents);
        ArgumentNullException.ThrowIfNull(parentKey);
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(keys);
        var parent = parentKey.Parameters[0];
        var wanted = Expression.Call(CollectionMethods.Contains(typeof(TKey)), DataExpressions.Value(keys.ToList()), parentKey.Body);
        var child = Expression.Parameter(typeof(TEntity), "e");
        var rowType = typeof(ParentRow<TKey, TEntity>);
        var keyProperty = rowType.GetProperty(nameof(ParentRow<TKey, TEntity>.Key))!;
        var nodeProperty = rowType.GetProperty(nameof(ParentRow<TKey, TEntity>.Node))!;
        var row = Expression.Lambda<Func<TEntity, ParentRow<TKey, TEntity>>>(
            Expression.MemberInit(Expression.New(rowType), Expression.Bind(keyProperty, parentKey.Body), Expression.Bind(nodeProperty, request.Loaded(child))),
            child);
        var page = Over(request.PageItemsOf(children), parent);
        var rowsOfParent = Expression.Lambda<Func<TParent, IEnumerable<ParentRow<TKey, TEntity>>>>(
            Expression.Call(EnumerableSelect.MakeGenericMethod(typeof(TEntity), rowType), page, row),
            parent);
        var rows = parents
            .Where(Expression.Lambda<Func<TParent, bool>>(wanted, parent))
            .SelectMany(rowsOfParent);

        // By parent, then each parent's rows in the page's order, read through the row's Node.
        var order = request.QueryOrderKeys;
        var rowParameter = Expression.Parameter(rowType, "r");
        var node = Expression.Property(rowParameter, nodeProperty);
        var rowOrder = new List<OrderKey> { new("(parent)", Expression.Lambda(Expression.Property(rowParameter, keyProperty), rowParameter), descending: false) };
        rowOrder.AddRange(order.Select(k => k.WithSelector(Expression.Lambda(Over(k.Selector, node), rowParameter))));

        // The order's values for the cursors, selected outside the subquery: inside it they would have to be one SQL array,
        // whose elements need one type.
        var withKeys = Expression.Lambda<Func<ParentRow<TKey, TEntity>, ParentRow<TKey, TEntity>>>(
            Expression.MemberInit(
                Expression.New(rowType),
                Expression.Bind(keyProperty, Expression.Property(rowParameter, keyProperty)),
                Expression.Bind(nodeProperty, node),
                Expression.Bind(
                    rowType.GetProperty(nameof(ParentRow<TKey, TEntity>.Keys))!,
                    Expression.NewArrayInit(typeof(object), order.Select(k => Expression.Convert(Over(k.Selector, node), typeof(object)))))),
            rowParameter);
        return Ordering.Apply(rows, rowOrder).Select(withKeys);
    }

    public static IQueryable<ParentPage<TKey, TEntity>> Query<TParent, TKey, TEntity>(
        IQueryable<TParent> parents,
        Expression<Func<TParent, TKey>> parentKey,
        Expression<Func<TParent, IEnumerable<TEntity>>> children,
        PageRequest<TEntity> request,
        IReadOnlyList<TKey> keys,
        NestedPageParts parts)
    {
        ArgumentNullException.ThrowIfNull(parents);
        ArgumentNullException.ThrowIfNull(parentKey);
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(parts);
        var parent = parentKey.Parameters[0];
        var key = parentKey.Body;
        var wanted = Expression.Call(CollectionMethods.Contains(typeof(TKey)), DataExpressions.Value(keys.ToList()), key);
        var pageType = typeof(ParentPage<TKey, TEntity>);
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(pageType.GetProperty(nameof(ParentPage<TKey, TEntity>.Key))!, key),
            Expression.Bind(pageType.GetProperty(nameof(ParentPage<TKey, TEntity>.Items))!, Over(request.PageOf(children), parent)),
        };
        if (parts.TotalCount)
        {
            bindings.Add(Expression.Bind(
                pageType.GetProperty(nameof(ParentPage<TKey, TEntity>.TotalCount))!,
                Expression.Convert(Over(request.CountOf(children), parent), typeof(int?))));
        }

        if (parts.FarSide && request.AnyAtOrBeforeAfterOf(children) is { } beforeAfter)
        {
            bindings.Add(Expression.Bind(
                pageType.GetProperty(nameof(ParentPage<TKey, TEntity>.AnyAtOrBeforeAfter))!,
                Expression.Convert(Over(beforeAfter, parent), typeof(bool?))));
        }

        if (parts.FarSide && request.AnyAtOrAfterBeforeOf(children) is { } afterBefore)
        {
            bindings.Add(Expression.Bind(
                pageType.GetProperty(nameof(ParentPage<TKey, TEntity>.AnyAtOrAfterBefore))!,
                Expression.Convert(Over(afterBefore, parent), typeof(bool?))));
        }

        var projection = Expression.Lambda<Func<TParent, ParentPage<TKey, TEntity>>>(
            Expression.MemberInit(Expression.New(pageType), bindings),
            parent);
        return parents.Where(Expression.Lambda<Func<TParent, bool>>(wanted, parent)).Select(projection);
    }

    /// <summary>The connection of one parent's page (an empty one when the batch did not return the parent).</summary>
    public static Connection<TEntity> ToConnection<TKey, TEntity>(PageRequest<TEntity> request, ParentPage<TKey, TEntity>? page)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ToConnection(
            page?.Items ?? [],
            _ => Task.FromResult(page is null ? 0 : page.TotalCount ?? throw NotLoaded("totalCount")),
            _ => Task.FromResult(page is not null && (page.AnyAtOrBeforeAfter ?? throw NotLoaded("pageInfo"))),
            _ => Task.FromResult(page is not null && (page.AnyAtOrAfterBefore ?? throw NotLoaded("pageInfo"))));
    }

    private static InvalidOperationException NotLoaded(string field) =>
        new($"The batched page query left out {field}, which the selection asks for.");

    /// <summary>A lambda's body over <paramref name="target"/> (a parameter or a member of one) instead of its own parameter.</summary>
    private static Expression Over(LambdaExpression lambda, Expression target) => DataExpressions.Inline(lambda, target);

    /// <summary>
    /// Whether a selector reads only the entity's own members (<c>e =&gt; e.Name</c>, <c>e =&gt; e.Band == 0 ? 0 : 1</c>), not those of
    /// a related entity (<c>e =&gt; e.Department.Name</c>). Only such an order can be repeated outside the <c>LATERAL</c> subquery
    /// through the row's <c>Node</c>; EF Core does not expand a navigation there.
    /// </summary>
    private sealed class OwnColumnsOnly : ExpressionVisitor
    {
        private readonly ParameterExpression _entity;
        private bool _own = true;

        private OwnColumnsOnly(ParameterExpression entity) => _entity = entity;

        public static bool Of(LambdaExpression selector)
        {
            var visitor = new OwnColumnsOnly(selector.Parameters[0]);
            visitor.Visit(selector.Body);
            return visitor._own;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            var target = node.Expression;
            while (target is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } cast)
            {
                target = cast.Operand;
            }

            if (target != _entity && target is not ConstantExpression)
            {
                _own = false;
            }

            return base.VisitMember(node);
        }
    }
}
