using System.Collections.Concurrent;
using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Sorting;

/// <summary>
/// The selector of a sort path (<c>department.name</c>) over a shape's entity, built once per path:
/// related objects are crossed null-safely (<c>e.Department == null ? null : e.Department.Name</c>) and a C#
/// enum becomes its rank in declaration order (a CASE in SQL), so that the order and the keyset comparisons
/// mean the same in memory and in the database however the enum is stored.
/// </summary>
internal static class SortSelectors
{
    private static readonly ConcurrentDictionary<(EntityShape, string), OrderKey> Keys = new();

    public static OrderKey For(EntityShape shape, IReadOnlyList<DataField> path, bool descending)
    {
        var name = string.Join(".", path.Select(f => f.Name));
        var ascending = Keys.GetOrAdd((shape, name), _ => new OrderKey(name, Build(shape, path), descending: false));
        return descending ? ascending.Reversed() : ascending;
    }

    private static LambdaExpression Build(EntityShape shape, IReadOnlyList<DataField> path)
    {
        var entity = Expression.Parameter(shape.EntityType, "e");
        Expression target = entity;
        var guards = new List<Expression>();
        foreach (var hop in path.Take(path.Count - 1))
        {
            target = DataExpressions.Inline(hop.Member, target);
            guards.Add(DataExpressions.IsNotNull(target));
        }

        var value = Rank(DataExpressions.Inline(path[^1].Member, target));
        if (guards.Count > 0)
        {
            var type = DataExpressions.NullableOf(value.Type);
            value = Expression.Condition(DataExpressions.AndAll(guards)!, Expression.Convert(value, type), DataExpressions.Null(type));
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
