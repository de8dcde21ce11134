using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Data.Filtering;
using MentorGraph.GraphQL.Data.Sorting;

namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// One connection field's arguments, translated: the <c>where</c> predicate, the order (ending in the
/// entity's key), the keyset predicates of <c>after</c>/<c>before</c>, the page size and direction. It
/// applies them to a query — <c>WHERE filter AND keyset ORDER BY ... LIMIT size + 1</c>, the order reversed
/// when reading backwards — and turns the rows into a <see cref="Connection{T}"/>. The pieces are public so
/// that a caller can build other queries from them: <see cref="PageOf{TParent}"/> pages a nested list inside a
/// projection, so one query loads the pages of many parents.
/// </summary>
public sealed class PageRequest<TEntity>
{
    private readonly string _signature;
    private readonly IQueryRunner _runner;

    private PageRequest(
        Expression<Func<TEntity, bool>>? filter,
        IReadOnlyList<OrderKey> order,
        string signature,
        PagingArguments paging,
        IQueryRunner runner)
    {
        Filter = filter;
        Order = order;
        _signature = signature;
        _runner = runner;
        PageSize = paging.Size;
        Backward = paging.Backward;
        After = paging.After is null ? null : Keyset.After<TEntity>(order, Cursor.Decode(paging.After, "after", signature, order));
        Before = paging.Before is null ? null : Keyset.Before<TEntity>(order, Cursor.Decode(paging.Before, "before", signature, order));
    }

    /// <summary>
    /// Translates a connection field's coerced arguments (<c>where order first after last before</c>, each
    /// optional) against <paramref name="shape"/>. Throws a <see cref="GraphQLException"/> with a code for
    /// arguments that cannot be served (see <see cref="DataErrorCodes"/>). Every navigation the filter or the order
    /// follows is combined with <paramref name="guards"/>' predicate of the entity type it reaches (none: every
    /// related row is seen); the root rows are the caller's to narrow (the query given to the page).
    /// </summary>
    public static PageRequest<TEntity> Create(
        EntityShape<TEntity> shape,
        IReadOnlyDictionary<string, object?> arguments,
        DataOptions options,
        ConnectionSettings<TEntity>? settings = null,
        NavigationGuards? guards = null)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(options);
        if (shape.KeySelector is null)
        {
            throw new InvalidOperationException($"{shape.TypeName} has no Key: a connection's order ends with the entity's unique key.");
        }

        var paging = PagingArguments.From(
            arguments,
            settings?.DefaultPageSize ?? options.DefaultPageSize,
            settings?.MaxPageSize ?? options.MaxPageSize);
        guards ??= NavigationGuards.None;
        var filter = new FilterTranslator(options.StringMatching, guards)
            .Translate<TEntity>(shape, arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>);
        var order = arguments.GetValueOrDefault("order") is IEnumerable<object?> given
            ? SortTranslator.Translate(shape, given, guards)
            : [];
        if (order.Count == 0 && settings is not null)
        {
            order.AddRange(settings.DefaultOrder);
        }

        order.Add(new OrderKey("(key)", shape.KeySelector, descending: false));
        if (options.NullsSortGreatest)
        {
            order = order.Select(k => k.WithProviderNullOrder()).ToList();
        }

        return new PageRequest<TEntity>(filter, order, Cursor.Signature(shape.TypeName, order), paging, options.QueryRunner);
    }

    /// <summary>The <c>where</c> predicate; null without conditions.</summary>
    public Expression<Func<TEntity, bool>>? Filter { get; }

    /// <summary>The order, forwards, ending with the entity's key.</summary>
    public IReadOnlyList<OrderKey> Order { get; }

    /// <summary>Rows after the <c>after</c> cursor; null without one.</summary>
    public Expression<Func<TEntity, bool>>? After { get; }

    /// <summary>Rows before the <c>before</c> cursor; null without one.</summary>
    public Expression<Func<TEntity, bool>>? Before { get; }

    /// <summary>How many rows the page holds at most (<c>first</c>, <c>last</c> or the default).</summary>
    public int PageSize { get; }

    /// <summary>True when reading backwards (<c>last</c>): the query runs in the reversed order.</summary>
    public bool Backward { get; }

    /// <summary>The columns the page loads (see <see cref="EntityProjection{TEntity}"/>); null: whole rows.</summary>
    public EntityProjection<TEntity>? Projection { get; private set; }

    /// <summary>Loads only <paramref name="projection"/>'s columns of each row (null: whole rows).</summary>
    public PageRequest<TEntity> Project(EntityProjection<TEntity>? projection)
    {
        Projection = projection;
        return this;
    }

    /// <summary>The row as the page loads it: <paramref name="entity"/> itself, or its projection.</summary>
    public Expression Loaded(Expression entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Projection is null ? entity : DataExpressions.Inline(Projection.Selector, entity);
    }

    /// <summary><paramref name="source"/> filtered: what <c>totalCount</c> counts.</summary>
    public IQueryable<TEntity> ApplyFilter(IQueryable<TEntity> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Filter is null ? source : source.Where(Filter);
    }

    /// <summary>
    /// The page query: filtered, after/before the cursors, ordered (reversed backwards), <see cref="PageSize"/> + 1
    /// rows, each with its order's key values (see <see cref="PageRow{T}"/>).
    /// </summary>
    public IQueryable<PageRow<TEntity>> ApplyPage(IQueryable<TEntity> source)
    {
        var query = ApplyFilter(source);
        if (After is not null)
        {
            query = query.Where(After);
        }

        if (Before is not null)
        {
            query = query.Where(Before);
        }

        return Ordering.Apply(query, QueryOrder).Take(PageSize + 1).Select(RowSelector());
    }

    /// <summary><c>e =&gt; new PageRow { Node = e, Keys = new object[] { key1(e), ... } }</c>.</summary>
    private Expression<Func<TEntity, PageRow<TEntity>>> RowSelector()
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var keys = Order.Select(k => Expression.Convert(DataExpressions.Inline(k.Selector, entity), typeof(object)));
        var row = Expression.MemberInit(
            Expression.New(typeof(PageRow<TEntity>)),
            Expression.Bind(typeof(PageRow<TEntity>).GetProperty(nameof(PageRow<TEntity>.Node))!, Loaded(entity)),
            Expression.Bind(typeof(PageRow<TEntity>).GetProperty(nameof(PageRow<TEntity>.Keys))!, Expression.NewArrayInit(typeof(object), keys)));
        return Expression.Lambda<Func<TEntity, PageRow<TEntity>>>(row, entity);
    }

    /// <summary>Runs the page query on <paramref name="source"/>; the total count and the far side of the page info run only when read.</summary>
    public async Task<Connection<TEntity>> ExecuteAsync(IQueryable<TEntity> source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var rows = await _runner.ToListAsync(ApplyPage(source), cancellationToken).ConfigureAwait(false);
        return ToConnection(
            rows,
            token => _runner.CountAsync(ApplyFilter(source), token),
            token => _runner.AnyAsync(ApplyFilter(source).Where(Negate(After!)), token),
            token => _runner.AnyAsync(ApplyFilter(source).Where(Negate(Before!)), token));
    }

    /// <summary>
    /// The connection of rows fetched with this request's page query (at most <see cref="PageSize"/> + 1, in
    /// query order). <paramref name="countTotal"/> counts the filtered rows; <paramref name="anyAtOrBeforeAfter"/>
    /// and <paramref name="anyAtOrAfterBefore"/> tell whether rows exist on the far side of a cursor — each is
    /// called only if its field is read, and only when its cursor was given.
    /// </summary>
    public Connection<TEntity> ToConnection(
        IReadOnlyList<PageRow<TEntity>> rows,
        Func<CancellationToken, Task<int>> countTotal,
        Func<CancellationToken, Task<bool>> anyAtOrBeforeAfter,
        Func<CancellationToken, Task<bool>> anyAtOrAfterBefore)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var more = rows.Count > PageSize;
        var page = rows.Take(PageSize).ToList();
        if (Backward)
        {
            page.Reverse();
        }

        var edges = page.Select(row => new Edge<TEntity>(row.Node, () => Cursor.Encode(_signature, row.Keys))).ToList();
        Func<CancellationToken, Task<bool>> known(bool value) => _ => Task.FromResult(value);
        var hasNext = Backward ? (Before is null ? known(false) : anyAtOrAfterBefore) : known(more);
        var hasPrevious = Backward ? known(more) : (After is null ? known(false) : anyAtOrBeforeAfter);
        var pageInfo = new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault(), edges.LastOrDefault());
        return new Connection<TEntity>(edges, pageInfo, countTotal);
    }

    /// <summary>
    /// The page of a nested list, as an expression over its parent for use inside a projection:
    /// <c>parent =&gt; children(parent).Where(filter).Where(keyset).OrderBy(...).Take(PageSize + 1).ToList()</c>.
    /// Selecting it for many parents at once (<c>parents.Select(p =&gt; new { p.Id, Page = ... })</c>) makes one
    /// SQL statement that pages every parent's list (EF Core uses ROW_NUMBER per parent).
    /// </summary>
    public Expression<Func<TParent, List<PageRow<TEntity>>>> PageOf<TParent>(Expression<Func<TParent, IEnumerable<TEntity>>> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        Expression query = PageItemsOf(children).Body;
        var select = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(System.Linq.Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2)
            .MakeGenericMethod(typeof(TEntity), typeof(PageRow<TEntity>));
        query = Expression.Call(select, query, RowSelector());
        query = Expression.Call(Enumerable(nameof(System.Linq.Enumerable.ToList), null, typeof(PageRow<TEntity>)), query);
        return Expression.Lambda<Func<TParent, List<PageRow<TEntity>>>>(query, children.Parameters);
    }

    /// <summary>
    /// A parent's page as rows for a join rather than a nested list:
    /// <c>parent =&gt; children(parent).Where(filter).Where(keyset).OrderBy(...).Take(PageSize + 1)</c>. Used as the collection of
    /// a <c>SelectMany</c> over many parents (see <c>NestedPages</c>), a SQL provider reads it per parent — PostgreSQL as a
    /// <c>LATERAL</c> subquery whose <c>ORDER BY … LIMIT</c> an index serves, so only the page's rows are read.
    /// </summary>
    public Expression<Func<TParent, IEnumerable<TEntity>>> PageItemsOf<TParent>(Expression<Func<TParent, IEnumerable<TEntity>>> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var query = FilteredChildren(children.Body, After, Before);
        query = Ordering.ApplyToEnumerable(query, typeof(TEntity), QueryOrder);
        query = Expression.Call(Enumerable(nameof(System.Linq.Enumerable.Take), typeof(int)), query, Expression.Constant(PageSize + 1));
        return Expression.Lambda<Func<TParent, IEnumerable<TEntity>>>(query, children.Parameters);
    }

    /// <summary>The order the page query runs in (reversed when reading backwards), ending in the key.</summary>
    public IReadOnlyList<OrderKey> QueryOrderKeys => QueryOrder;

    /// <summary>Whether a cursor was given, so that the page info's far side needs a query of its own.</summary>
    public bool HasCursor => After is not null || Before is not null;

    /// <summary>The number of a parent's filtered children (its <c>totalCount</c>), as an expression over the parent.</summary>
    public Expression<Func<TParent, int>> CountOf<TParent>(Expression<Func<TParent, IEnumerable<TEntity>>> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var count = Expression.Call(Enumerable(nameof(System.Linq.Enumerable.Count)), FilteredChildren(children.Body, null, null));
        return Expression.Lambda<Func<TParent, int>>(count, children.Parameters);
    }

    /// <summary>Whether a parent has filtered children at or before the <c>after</c> cursor (its <c>hasPreviousPage</c> forwards); null without that cursor.</summary>
    public Expression<Func<TParent, bool>>? AnyAtOrBeforeAfterOf<TParent>(Expression<Func<TParent, IEnumerable<TEntity>>> children) =>
        After is null ? null : AnyOf(children, Negate(After));

    /// <summary>Whether a parent has filtered children at or after the <c>before</c> cursor (its <c>hasNextPage</c> backwards); null without that cursor.</summary>
    public Expression<Func<TParent, bool>>? AnyAtOrAfterBeforeOf<TParent>(Expression<Func<TParent, IEnumerable<TEntity>>> children) =>
        Before is null ? null : AnyOf(children, Negate(Before));

    /// <summary>The order the query runs in: reversed when reading backwards.</summary>
    private IReadOnlyList<OrderKey> QueryOrder => Backward ? Order.Select(k => k.Reversed()).ToList() : Order;

    private Expression<Func<TParent, bool>> AnyOf<TParent>(Expression<Func<TParent, IEnumerable<TEntity>>> children, Expression<Func<TEntity, bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(children);
        var query = FilteredChildren(children.Body, null, null);
        var any = Expression.Call(CollectionMethods.AnyWhere(typeof(TEntity)), query, condition);
        return Expression.Lambda<Func<TParent, bool>>(any, children.Parameters);
    }

    private Expression FilteredChildren(Expression children, Expression<Func<TEntity, bool>>? after, Expression<Func<TEntity, bool>>? before)
    {
        var where = Enumerable(nameof(System.Linq.Enumerable.Where), typeof(Func<,>));
        foreach (var predicate in new[] { Filter, after, before })
        {
            if (predicate is not null)
            {
                children = Expression.Call(where, children, predicate);
            }
        }

        return children;
    }

    private static Expression<Func<TEntity, bool>> Negate(Expression<Func<TEntity, bool>> predicate) =>
        Expression.Lambda<Func<TEntity, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    /// <summary>The <see cref="System.Linq.Enumerable"/> method <paramref name="name"/> over <paramref name="element"/> (<typeparamref name="TEntity"/> by default) whose second parameter (if any) is of <paramref name="second"/>'s kind.</summary>
    private static System.Reflection.MethodInfo Enumerable(string name, Type? second = null, Type? element = null) =>
        typeof(Enumerable).GetMethods()
            .Single(m => m.Name == name
                && m.GetGenericArguments().Length == 1
                && m.GetParameters().Length == (second is null ? 1 : 2)
                && (second is null
                    || (second.IsGenericTypeDefinition
                        ? m.GetParameters()[1].ParameterType.IsGenericType && m.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == second
                        : m.GetParameters()[1].ParameterType == second)))
            .MakeGenericMethod(element ?? typeof(TEntity));
}
