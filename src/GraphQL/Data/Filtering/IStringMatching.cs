using System.Linq.Expressions;

namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>
/// How string filters compare text — the one place a host changes to use its database's own operators
/// (e.g. an <c>EF.Functions.ILike</c> strategy for PostgreSQL) without the engine knowing the provider.
/// Each method gets the entity's string member (never null when the expression runs: the translator
/// guards it) and the client's text, and returns a boolean expression. Put the text into the tree with
/// <see cref="DataExpressions.Value{T}"/> so it becomes a query parameter; a LIKE-based strategy escapes it
/// with <see cref="LikePattern.Escape"/>.
/// </summary>
public interface IStringMatching
{
    Expression Equal(Expression member, string text);

    Expression In(Expression member, IReadOnlyList<string> texts);

    Expression Contains(Expression member, string text);

    Expression StartsWith(Expression member, string text);

    Expression EndsWith(Expression member, string text);
}
