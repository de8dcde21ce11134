using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>
/// <c>StringOperationFilterInput</c>: <c>eq neq in nin contains ncontains startsWith nstartsWith endsWith
/// nendsWith</c> and its own <c>and</c>/<c>or</c>. The comparisons come from the <see cref="IStringMatching"/>
/// strategy; each positive operation is guarded so a null member never reaches it, and each negated one is
/// its complement.
/// </summary>
internal sealed class StringOperations(IStringMatching strings, DataField field, Expression member)
{
    public Expression? Translate(IReadOnlyDictionary<string, object?> operations)
    {
        var conditions = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            var condition = operation switch
            {
                "and" => value is null ? null : DataExpressions.AndAll(Nested(value)),
                "or" => value is null ? null : DataExpressions.OrAll(Nested(value)),
                "eq" => value is null ? DataExpressions.IsNull(member) : Guarded(strings.Equal(member, (string)value)),
                "neq" => value is null ? DataExpressions.IsNotNull(member) : Expression.Not(Guarded(strings.Equal(member, (string)value))),
                "in" => value is null ? null : In((IEnumerable<object?>)value),
                "nin" => value is null ? null : Expression.Not(In((IEnumerable<object?>)value)),
                "contains" => Match(value, strings.Contains, negate: false),
                "ncontains" => Match(value, strings.Contains, negate: true),
                "startsWith" => Match(value, strings.StartsWith, negate: false),
                "nstartsWith" => Match(value, strings.StartsWith, negate: true),
                "endsWith" => Match(value, strings.EndsWith, negate: false),
                "nendsWith" => Match(value, strings.EndsWith, negate: true),
                _ => throw new InvalidOperationException($"Unknown string filter operation \"{operation}\" on \"{field.Name}\"."),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return DataExpressions.AndAll(conditions);
    }

    private List<Expression> Nested(object list) =>
        ((IEnumerable<object?>)list)
            .OfType<IReadOnlyDictionary<string, object?>>()
            .Select(Translate)
            .OfType<Expression>()
            .ToList();

    private Expression? Match(object? value, Func<Expression, string, Expression> match, bool negate)
    {
        if (value is null)
        {
            return null;
        }

        var positive = Guarded(match(member, (string)value));
        return negate ? Expression.Not(positive) : positive;
    }

    private Expression In(IEnumerable<object?> values)
    {
        var list = values.ToList();
        var texts = list.OfType<string>().ToList();
        var parts = new List<Expression>();
        if (texts.Count > 0)
        {
            parts.Add(Guarded(strings.In(member, texts)));
        }

        if (list.Any(v => v is null))
        {
            parts.Add(DataExpressions.IsNull(member));
        }

        return DataExpressions.OrAll(parts) ?? Expression.Constant(false);
    }

    private Expression Guarded(Expression condition) => Expression.AndAlso(DataExpressions.IsNotNull(member), condition);
}
