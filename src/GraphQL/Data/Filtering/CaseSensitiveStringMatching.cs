using System.Linq.Expressions;

namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>
/// String matching that compares text exactly as the database does (HotChocolate's behaviour): for hosts
/// whose columns are case-insensitive already (a <c>citext</c> column, a case-insensitive collation), where
/// lowering would only cost index use.
/// </summary>
public sealed class CaseSensitiveStringMatching : IStringMatching
{
    public static CaseSensitiveStringMatching Instance { get; } = new();

    public Expression Equal(Expression member, string text) => Expression.Equal(member, DataExpressions.Value(text));

    public Expression In(Expression member, IReadOnlyList<string> texts) =>
        Expression.Call(StringMethods.EnumerableContains, DataExpressions.Value(texts.ToList()), member);

    public Expression Contains(Expression member, string text) =>
        Expression.Call(member, StringMethods.Contains, DataExpressions.Value(text));

    public Expression StartsWith(Expression member, string text) =>
        Expression.Call(member, StringMethods.StartsWith, DataExpressions.Value(text));

    public Expression EndsWith(Expression member, string text) =>
        Expression.Call(member, StringMethods.EndsWith, DataExpressions.Value(text));
}
