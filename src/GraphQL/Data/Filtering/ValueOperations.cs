using System.Collections;
using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>
/// The operation inputs of every kind but strings and lists: <c>eq neq in nin</c> (ids, enums, booleans
/// only <c>eq neq</c>) and, for numbers and dates, <c>gt ngt gte ngte lt nlt lte nlte</c>. Values are
/// converted to the member's type and enter the tree as parameters; on a nullable member each positive
/// operation is false for null (so its negation is true), in memory and in SQL alike.
/// </summary>
internal sealed class ValueOperations(DataField field, Expression member)
{
    private readonly bool _nullable = DataExpressions.CanBeNull(member.Type);

    public Expression? Translate(IReadOnlyDictionary<string, object?> operations)
    {
        var conditions = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            var condition = operation switch
            {
                "eq" => value is null ? IsNull() : Equal(value),
                "neq" => value is null ? IsNotNull() : Expression.Not(Equal(value)),
                "in" => value is null ? null : In((IEnumerable<object?>)value),
                "nin" => value is null ? null : Expression.Not(In((IEnumerable<object?>)value)),
                "gt" => Compare(value, ExpressionType.GreaterThan, negate: false),
                "ngt" => Compare(value, ExpressionType.GreaterThan, negate: true),
                "gte" => Compare(value, ExpressionType.GreaterThanOrEqual, negate: false),
                "ngte" => Compare(value, ExpressionType.GreaterThanOrEqual, negate: true),
                "lt" => Compare(value, ExpressionType.LessThan, negate: false),
                "nlt" => Compare(value, ExpressionType.LessThan, negate: true),
                "lte" => Compare(value, ExpressionType.LessThanOrEqual, negate: false),
                "nlte" => Compare(value, ExpressionType.LessThanOrEqual, negate: true),
                _ => throw new InvalidOperationException($"Unknown filter operation \"{operation}\" on \"{field.Name}\"."),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return DataExpressions.AndAll(conditions);
    }

    private Expression IsNull() => _nullable ? DataExpressions.IsNull(member) : Expression.Constant(false);

    private Expression IsNotNull() => _nullable ? DataExpressions.IsNotNull(member) : Expression.Constant(true);

    private Expression Parameter(object value) => DataExpressions.Value(FilterValues.Convert(field, value), member.Type);

    private Expression Equal(object value) => Guarded(Expression.Equal(member, Parameter(value)));

    private Expression? Compare(object? value, ExpressionType comparison, bool negate)
    {
        if (value is null)
        {
            return null;
        }

        var positive = Guarded(Expression.MakeBinary(comparison, member, Parameter(value)));
        return negate ? Expression.Not(positive) : positive;
    }

    private Expression In(IEnumerable<object?> values)
    {
        var list = values.ToList();
        var typed = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var value in list.Where(v => v is not null))
        {
            typed.Add(FilterValues.Convert(field, value!));
        }

        var parts = new List<Expression>();
        if (typed.Count > 0)
        {
            parts.Add(Guarded(Expression.Call(
                Filtering.CollectionMethods.Contains(member.Type),
                DataExpressions.Value(typed, typed.GetType()),
                member)));
        }

        if (list.Any(v => v is null))
        {
            parts.Add(IsNull());
        }

        return DataExpressions.OrAll(parts) ?? Expression.Constant(false);
    }

    /// <summary>On a nullable member, a positive operation is false for null: <c>x != null &amp;&amp; ...</c>.</summary>
    private Expression Guarded(Expression condition) =>
        _nullable ? Expression.AndAlso(DataExpressions.IsNotNull(member), condition) : condition;
}
