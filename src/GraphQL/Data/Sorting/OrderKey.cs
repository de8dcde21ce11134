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

    internal OrderKey Reversed() => new(Name, Selector, !Descending);

    internal string Signature => Name + (Descending ? ":DESC" : ":ASC");
}
