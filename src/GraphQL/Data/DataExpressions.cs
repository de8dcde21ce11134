using System.Linq.Expressions;

namespace MentorGraph.GraphQL.Data;

/// <summary>
/// The pieces every translation is made of. Values from a request enter an expression tree only through
/// <see cref="Value{T}"/>: a member of a constant holder, the shape a C# closure has, which query
/// providers (EF Core) turn into a SQL parameter — a constant would be inlined into the SQL text and give
/// every distinct value its own cached query plan.
/// </summary>
public static class DataExpressions
{
    /// <summary>The request value <paramref name="value"/> as a parameter of the query.</summary>
    public static Expression Value<T>(T value) =>
        Expression.Property(Expression.Constant(new ValueHolder<T>(value)), nameof(ValueHolder<T>.Value));

    /// <summary>The request value <paramref name="value"/> as a parameter of type <paramref name="type"/>.</summary>
    public static Expression Value(object? value, Type type)
    {
        var holderType = typeof(ValueHolder<>).MakeGenericType(type);
        var holder = Activator.CreateInstance(holderType, value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    /// <summary><paramref name="lambda"/>'s body with its parameter replaced by <paramref name="target"/>: <c>p => p.Name</c> on <c>e.Owner</c> is <c>e.Owner.Name</c>.</summary>
    internal static Expression Inline(LambdaExpression lambda, Expression target)
    {
        var body = new ParameterReplacer(lambda.Parameters[0], target).Visit(lambda.Body);
        return body;
    }

    /// <summary>True when <paramref name="type"/> can hold null.</summary>
    internal static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    /// <summary>The nullable form of <paramref name="type"/> (itself for reference types and Nullable).</summary>
    internal static Type NullableOf(Type type) => CanBeNull(type) ? type : typeof(Nullable<>).MakeGenericType(type);

    internal static Expression Null(Type type) => Expression.Constant(null, NullableOf(type));

    internal static Expression IsNull(Expression value) => Expression.Equal(value, Null(value.Type));

    internal static Expression IsNotNull(Expression value) => Expression.NotEqual(value, Null(value.Type));

    /// <summary>AND of the parts; null when there are none.</summary>
    internal static Expression? AndAll(IEnumerable<Expression> parts) =>
        parts.Aggregate((Expression?)null, (all, part) => all is null ? part : Expression.AndAlso(all, part));

    /// <summary>OR of the parts; null when there are none.</summary>
    internal static Expression? OrAll(IEnumerable<Expression> parts) =>
        parts.Aggregate((Expression?)null, (any, part) => any is null ? part : Expression.OrElse(any, part));

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}

/// <summary>Holds one request value so it reaches the query provider as a parameter (see <see cref="DataExpressions.Value{T}"/>).</summary>
public sealed class ValueHolder<T>(T value)
{
    public T Value { get; } = value;
}
