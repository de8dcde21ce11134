using System.Collections.Concurrent;
using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Sorting;

/// <summary>
/// The selector of a sort path (<c>department.name</c>) over a shape's entity, built once per path:
/// related objects are crossed null-safely (<c>e.Department == null ? null : e.Department.Name</c>) and a C#
/// enum becomes its rank in declaration order (a CASE in SQL), so that the order and the keyset comparisons
/// mean the same in memory and in the database however the enum is stored. A related object is crossed only
/// where the request's <see cref="NavigationGuards"/> let it be seen (<c>e.Pairing == null || !guard(e.Pairing) ?
/// null : e.Pairing.StartedAt</c>): one it may not see sorts as null, as the field itself reads null, so neither the
/// order nor the cursor (which holds the order's values) says anything about it. Selectors without guards on
/// their path are built once per path; guarded ones once per request, since guards differ per request.
/// </summary>
internal static class SortSelectors
{
    private static readonly ConcurrentDictionary<(EntityShape, string), OrderKey> Keys = new();

    public static OrderKey For(EntityShape shape, IReadOnlyList<DataField> path, bool descending, NavigationGuards guards)
    {
        var name = string.Join(".", path.Select(f => f.Name));
        var hops = path.Take(path.Count - 1).ToList();
        var ascending = hops.Any(hop => guards.For(hop.Shape!.EntityType) is not null)
            ? new OrderKey(name, Build(shape, path, guards), descending: false)
            : Keys.GetOrAdd((shape, name), _ => new OrderKey(name, Build(shape, path, NavigationGuards.None), descending: false));
        return descending ? ascending.Reversed() : ascending;
    }

    private static LambdaExpression Build(EntityShape shape, IReadOnlyList<DataField> path, NavigationGuards guards)
    {
        var entity = Expression.Parameter(shape.EntityType, "e");
        Expression target = entity;
        var reachable = new List<Expression>();
        foreach (var hop in path.Take(path.Count - 1))
        {
            target = DataExpressions.Inline(hop.Member, target);
            reachable.Add(DataExpressions.IsNotNull(target));
            if (guards.Test(hop.Shape!.EntityType, target) is { } visible)
            {
                reachable.Add(visible);
            }
        }

        var value = Rank(DataExpressions.Inline(path[^1].Member, target));
        if (reachable.Count > 0)
        {
            var type = DataExpressions.NullableOf(value.Type);
            value = Expression.Condition(DataExpressions.AndAll(reachable)!, Expression.Convert(value, type), DataExpressions.Null(type));
        }

        return Expression.Lambda(value, entity);
    }

    /// <summary>A C# enum as its rank (0, 1, ... in numeric order); anything else as is.</summary>
    private static Expression Rank(Expression value)
    {
        var enumType = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (!enumType.IsEnum)
        {
            return value;
        }

        var members = Enum.GetValues(enumType).Cast<object>().OrderBy(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var nullable = value.Type != enumType;
        var resultType = nullable ? typeof(int?) : typeof(int);
        Expression rank = Expression.Constant(members.Count - 1, resultType);
        for (var i = members.Count - 2; i >= 0; i--)
        {
            rank = Expression.Condition(
                Expression.Equal(value, Expression.Constant(members[i], value.Type)),
                Expression.Constant(i, resultType),
                rank);
        }

        return nullable ? Expression.Condition(DataExpressions.IsNull(value), Expression.Constant(null, resultType), rank) : rank;
    }
}
