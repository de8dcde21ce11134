using System.Linq.Expressions;
using System.Reflection;
using MentorGraph.GraphQL.Data.Sorting;

namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// The keyset predicate "comes after this row in this order": for keys k1..kn (the last the entity's
/// unique key) and a cursor's values c1..cn,
/// <c>(k1 &gt; c1) OR (k1 = c1 AND k2 &gt; c2) OR ... OR (k1 = c1 AND ... AND kn &gt; cn)</c>, with <c>&lt;</c> for
/// descending keys and nulls greatest (see <see cref="OrderKey"/>). Every part is two-valued (never SQL
/// NULL), so its negation means "at or before", which <c>hasPreviousPage</c> relies on.
/// </summary>
internal static class Keyset
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Rows after the cursor's row in <paramref name="keys"/>' order.</summary>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<OrderKey> keys, IReadOnlyList<object?> values)
    {
        var entity = Expression.Parameter(typeof(T), "e");
        var alternatives = new List<Expression>();
        var equalSoFar = new List<Expression>();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = DataExpressions.Inline(keys[i].Selector, entity);
            if (Beyond(key, values[i], keys[i].Descending) is { } beyond)
            {
                alternatives.Add(DataExpressions.AndAll([.. equalSoFar, beyond])!);
            }

            equalSoFar.Add(Equal(key, values[i]));
        }

        return Expression.Lambda<Func<T, bool>>(DataExpressions.OrAll(alternatives) ?? Expression.Constant(false), entity);
    }

    /// <summary>Rows before the cursor's row in <paramref name="keys"/>' order.</summary>
    public static Expression<Func<T, bool>> Before<T>(IReadOnlyList<OrderKey> keys, IReadOnlyList<object?> values) =>
        After<T>(keys.Select(k => k.Reversed()).ToList(), values);

    private static Expression Equal(Expression key, object? value)
    {
        if (value is null)
        {
            return DataExpressions.IsNull(key);
        }

        var equal = Expression.Equal(key, DataExpressions.Value(value, key.Type));
        return DataExpressions.CanBeNull(key.Type) ? Expression.AndAlso(DataExpressions.IsNotNull(key), equal) : equal;
    }

    /// <summary>Strictly later than <paramref name="value"/>: greater ascending, smaller descending; null is greatest. Null when nothing is.</summary>
    private static Expression? Beyond(Expression key, object? value, bool descending)
    {
        var nullable = DataExpressions.CanBeNull(key.Type);
        if (value is null)
        {
            // Nothing is greater than null; everything else is smaller.
            return descending ? DataExpressions.IsNotNull(key) : null;
        }

        var compared = Compare(key, value, descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        if (compared is null)
        {
            return descending ? null : (nullable ? DataExpressions.IsNull(key) : null);
        }

        if (!nullable)
        {
            return compared;
        }

        return descending
            ? Expression.AndAlso(DataExpressions.IsNotNull(key), compared)
            : Expression.OrElse(DataExpressions.IsNull(key), Expression.AndAlso(DataExpressions.IsNotNull(key), compared));
    }

    /// <summary><c>key &gt; value</c> or <c>key &lt; value</c> in the provider's terms; null when no value of the key's type is beyond <paramref name="value"/>.</summary>
    private static Expression? Compare(Expression key, object value, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(key.Type) ?? key.Type;
        if (type == typeof(string))
        {
            var compare = Expression.Call(StringCompare, key, DataExpressions.Value((string)value));
            return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
        }

        if (type == typeof(bool))
        {
            // false < true: only true is beyond false ascending, only false beyond true descending.
            var beyondValue = comparison == ExpressionType.GreaterThan;
            return (bool)value == beyondValue ? null : Expression.Equal(key, Expression.Constant(beyondValue, key.Type));
        }

        if (type == typeof(Guid))
        {
            var compareTo = Expression.Call(
                Expression.Convert(key, typeof(Guid)),
                typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!,
                DataExpressions.Value((Guid)value));
            return Expression.MakeBinary(comparison, compareTo, Expression.Constant(0));
        }

        return Expression.MakeBinary(comparison, key, DataExpressions.Value(value, key.Type));
    }
}
