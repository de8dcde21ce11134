using System.Linq.Expressions;
using System.Reflection;

namespace MentorGraph.GraphQL.Data.Sorting;

/// <summary>
/// Applies order keys as <c>OrderBy</c>/<c>ThenBy</c> calls — to an <see cref="IQueryable{T}"/>, or into an
/// expression over an <see cref="IEnumerable{T}"/> (a nested page inside a projection). A nullable key
/// sorts first by <c>key == null</c> so that nulls are greatest in every provider (see <see cref="OrderKey"/>), unless
/// the provider does that by itself (<see cref="OrderKey.ProviderOrdersNulls"/>).
/// </summary>
internal static class Ordering
{
    public static IQueryable<T> Apply<T>(IQueryable<T> source, IReadOnlyList<OrderKey> keys)
    {
        var expression = Apply(source.Expression, typeof(T), keys, typeof(Queryable), quote: true);
        return source.Provider.CreateQuery<T>(expression);
    }

    /// <summary><paramref name="source"/> (an <c>IEnumerable&lt;T&gt;</c> expression) ordered by <paramref name="keys"/> with <see cref="Enumerable"/>'s methods.</summary>
    public static Expression ApplyToEnumerable(Expression source, Type elementType, IReadOnlyList<OrderKey> keys) =>
        Apply(source, elementType, keys, typeof(Enumerable), quote: false);

    private static Expression Apply(Expression source, Type elementType, IReadOnlyList<OrderKey> keys, Type methods, bool quote)
    {
        var first = true;
        foreach (var key in keys)
        {
            if (key.IsNullable && !key.ProviderOrdersNulls)
            {
                var isNull = Expression.Lambda(DataExpressions.IsNull(key.Selector.Body), key.Selector.Parameters);
                source = Call(source, elementType, isNull, key.Descending, first, methods, quote);
                first = false;
            }

            source = Call(source, elementType, key.Selector, key.Descending, first, methods, quote);
            first = false;
        }

        return source;
    }

    private static Expression Call(Expression source, Type elementType, LambdaExpression selector, bool descending, bool first, Type methods, bool quote)
    {
        var name = (first, descending) switch
        {
            (true, false) => "OrderBy",
            (true, true) => "OrderByDescending",
            (false, false) => "ThenBy",
            (false, true) => "ThenByDescending",
        };
        var method = methods.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.GetParameters().Length == 2)
            .MakeGenericMethod(elementType, selector.ReturnType);
        return Expression.Call(method, source, quote ? Expression.Quote(selector) : selector);
    }
}
