using System.Linq.Expressions;

namespace MentorGraph.GraphQL.Data.Sorting;

/// <summary>
/// One key of an order: what to sort by (a selector over the entity, already null-safe across related
/// objects, enums as their rank), which way, and a name for the order's signature in cursors.
/// </summary>
/// <remarks>
/// Nulls are handled explicitly, the same for every provider: a null key sorts after every value
/// ascending and before every value descending ("null is greatest", as PostgreSQL does by default). A
/// nullable key is therefore sorted by two expressions — <c>key == null</c>, then the key — and the keyset
/// predicate follows the same rule.
/// </remarks>
public sealed class OrderKey
{
    internal OrderKey(string name, LambdaExpression selector, bool descending)
    {
        Name = name;
        Selector = selector;
        Descending = descending;
    }

    /// <summary>The path of the sorted field (<c>department.name</c>), or <c>(key)</c> for the entity's key.</summary>
    public string Name { get; }

    /// <summary>Entity → key value; the body is what ORDER BY and the keyset predicate compare.</summary>
    public LambdaExpression Selector { get; }

    public bool Descending { get; }

    public Type KeyType => Selector.ReturnType;

    public bool IsNullable => DataExpressions.CanBeNull(KeyType);

    /// <summary>
    /// True when the query provider itself sorts nulls as greatest (<see cref="DataOptions.NullsSortGreatest"/>): the order
    /// is then the key alone, without the <c>key == null</c> term, so that an index on the column can serve it.
    /// </summary>
    public bool ProviderOrdersNulls { get; private init; }

    internal OrderKey Reversed() => new(Name, Selector, !Descending) { ProviderOrdersNulls = ProviderOrdersNulls };

    /// <summary>This key, with nulls left to the provider's own order.</summary>
    internal OrderKey WithProviderNullOrder() => new(Name, Selector, Descending) { ProviderOrdersNulls = true };

    /// <summary>This key (name, direction, null handling) over another selector: the same value read from elsewhere.</summary>
    internal OrderKey WithSelector(LambdaExpression selector) => new(Name, selector, Descending) { ProviderOrdersNulls = ProviderOrdersNulls };

    internal string Signature => Name + (Descending ? ":DESC" : ":ASC");
}
