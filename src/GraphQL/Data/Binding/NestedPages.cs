using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Filtering;
using MentorGraph.GraphQL.Data.Paging;

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

/// <summary>
/// The pages of a nested list for many parents in one query — the path the domain's DataLoaders take so that
/// a level of a response costs one SQL statement whatever its size. From one <see cref="PageRequest{TEntity}"/>
/// (every parent at a field shares its arguments) it builds
/// <c>parents.Where(p =&gt; keys.Contains(key(p))).Select(p =&gt; new ParentPage { Key = key(p), Items = page(children(p)),
/// TotalCount = ..., ... })</c>, which EF Core translates into one statement (a window function per parent).
/// </summary>
public static class NestedPages
{
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

    /// <summary>A lambda's body over <paramref name="parent"/> instead of its own parameter.</summary>
    private static Expression Over(LambdaExpression lambda, ParameterExpression parent) => DataExpressions.Inline(lambda, parent);
}
