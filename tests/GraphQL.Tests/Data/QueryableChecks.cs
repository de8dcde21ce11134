using System.Linq.Expressions;
using System.Reflection;
using MentorGraph.GraphQL.Data;

namespace MentorGraph.GraphQL.Tests.Data;

/// <summary>
/// Asserts that an expression tree is one a SQL provider can translate whole: only the entity's parameters,
/// member access on them, request values as members of <see cref="ValueHolder{T}"/> constants (SQL
/// parameters), schema constants, logic, comparisons, conversions, conditionals, nested lambdas, and the
/// methods EF Core translates (string ToLower/Contains/StartsWith/EndsWith/Compare, Enumerable
/// Contains/Any/All/Where/OrderBy/ThenBy/Take/Count/ToList). Anything else — an invoked delegate, a
/// closure over a non-holder object, another method — fails the test.
/// </summary>
internal static class QueryableChecks
{
    private static readonly HashSet<string> AllowedMethods =
    [
        "String.ToLower", "String.Contains", "String.StartsWith", "String.EndsWith", "String.Compare",
        "Enumerable.Contains", "Enumerable.Any", "Enumerable.All", "Enumerable.Where", "Enumerable.OrderBy",
        "Enumerable.OrderByDescending", "Enumerable.ThenBy", "Enumerable.ThenByDescending", "Enumerable.Take",
        "Enumerable.Count", "Enumerable.ToList", "Enumerable.Select",
        "Queryable.Where", "Queryable.OrderBy", "Queryable.OrderByDescending", "Queryable.ThenBy", "Queryable.ThenByDescending",
        "Queryable.Take", "Queryable.Select", "Queryable.SelectMany",
    ];

    public static void AssertTranslatable(Expression expression) => new Checker().Visit(expression);

    private sealed class Checker : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var name = $"{node.Method.DeclaringType!.Name}.{node.Method.Name}";
            Assert.True(AllowedMethods.Contains(name), $"The tree calls {name}, which a SQL provider may not translate: {node}");
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            Assert.Fail($"The tree invokes a delegate, which runs on the client: {node}");
            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ConstantExpression constant)
            {
                Assert.True(
                    constant.Type.IsGenericType && constant.Type.GetGenericTypeDefinition() == typeof(ValueHolder<>),
                    $"The tree reads a member of a {constant.Type.Name} constant (a closure), not of a request value holder: {node}");
                return node;
            }

            Assert.True(node.Member is PropertyInfo or FieldInfo, $"Unexpected member {node.Member}");
            return base.VisitMember(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            var type = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
            Assert.True(
                node.Value is null || type.IsPrimitive || type.IsEnum || type == typeof(string) || node.Value is IQueryable
                || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueHolder<>)),
                $"The tree holds a constant of type {node.Type.Name}: {node}");
            return node;
        }
    }
}
