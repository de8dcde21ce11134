using System.Linq.Expressions;
using System.Reflection;

namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>
/// The default string matching: case-insensitive, written with the methods every LINQ provider knows —
/// the member's <c>ToLower()</c> against the client's text lowered here — so EF Core translates it to
/// <c>lower(column)</c> with <c>=</c>, <c>= ANY</c> or <c>LIKE</c>, escaping the text itself. Pair it with
/// indexes on <c>lower(column)</c>.
/// </summary>
public sealed class CaseInsensitiveStringMatching : IStringMatching
{
    public static CaseInsensitiveStringMatching Instance { get; } = new();

    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    public Expression Equal(Expression member, string text) =>
        Expression.Equal(Lower(member), DataExpressions.Value(text.ToLowerInvariant()));

    public Expression In(Expression member, IReadOnlyList<string> texts) =>
        Expression.Call(
            StringMethods.EnumerableContains,
            DataExpressions.Value(texts.Select(t => t.ToLowerInvariant()).ToList()),
            Lower(member));

    public Expression Contains(Expression member, string text) => Call(member, StringMethods.Contains, text);

    public Expression StartsWith(Expression member, string text) => Call(member, StringMethods.StartsWith, text);

    public Expression EndsWith(Expression member, string text) => Call(member, StringMethods.EndsWith, text);

    private static Expression Call(Expression member, MethodInfo method, string text) =>
        Expression.Call(Lower(member), method, DataExpressions.Value(text.ToLowerInvariant()));

    private static Expression Lower(Expression member) => Expression.Call(member, ToLower);
}
