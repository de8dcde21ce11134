using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Sorting;

namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// What one connection field changes from the defaults: the order used when the client gives none (the
/// entity's key alone otherwise; the key always ends it) and its own page sizes.
/// </summary>
public sealed class ConnectionSettings<TEntity>
{
    private readonly List<OrderKey> _defaultOrder = [];

    /// <summary>The order without an <c>order</c> argument, e.g. a feed's newest first: <c>.OrderByDefault(l => l.CreatedAt, descending: true)</c>.</summary>
    public ConnectionSettings<TEntity> OrderByDefault<TKey>(Expression<Func<TEntity, TKey>> key, bool descending = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        _defaultOrder.Add(new OrderKey(key.Body.ToString(), key, descending));
        return this;
    }

    /// <summary>This field's page size without <c>first</c>/<c>last</c>; the options' when null.</summary>
    public int? DefaultPageSize { get; set; }

    /// <summary>This field's largest page; the options' when null. Also its <c>@listSize(assumedSize:)</c>.</summary>
    public int? MaxPageSize { get; set; }

    internal IReadOnlyList<OrderKey> DefaultOrder => _defaultOrder;
}
