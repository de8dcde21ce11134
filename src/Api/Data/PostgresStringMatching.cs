using System.Linq.Expressions;
using System.Reflection;
using MentorGraph.GraphQL.Data;
using MentorGraph.GraphQL.Data.Filtering;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Data;

/// <summary>
/// Case-insensitive string filters for PostgreSQL: <c>contains</c>, <c>startsWith</c> and <c>endsWith</c> become
/// <c>lower(column) ILIKE pattern</c> with the client's text escaped (<see cref="LikePattern"/>: <c>%</c>, <c>_</c> and
/// <c>\</c> match only themselves). The expression is <c>lower(column)</c>, not the column, because the migrations'
/// trigram indexes are <c>gin (lower(column) gin_trgm_ops)</c>: an index serves only the expression it was built
/// on. Equality and <c>in</c> compare <c>lower(column)</c> too, which the <c>lower(...)</c> btree indexes (the
/// unique email index) serve.
/// </summary>
public sealed class PostgresStringMatching : IStringMatching
{
    public static PostgresStringMatching Instance { get; } = new();

    private static readonly MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private const string EscapeCharacter = "\\";

    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    private static readonly MethodInfo ListContains = typeof(List<string>).GetMethod(nameof(List<string>.Contains), [typeof(string)])!;

    public Expression Equal(Expression member, string text) =>
        Expression.Equal(Expression.Call(member, ToLower), DataExpressions.Value(text.ToLowerInvariant()));

    public Expression In(Expression member, IReadOnlyList<string> texts) =>
        Expression.Call(DataExpressions.Value(texts.Select(t => t.ToLowerInvariant()).ToList()), ListContains, Expression.Call(member, ToLower));

    public Expression Contains(Expression member, string text) => Like(member, LikePattern.Containing(text));

    public Expression StartsWith(Expression member, string text) => Like(member, LikePattern.StartingWith(text));

    public Expression EndsWith(Expression member, string text) => Like(member, LikePattern.EndingWith(text));

    private static Expression Like(Expression member, string pattern) =>
        Expression.Call(
            ILike,
            Expression.Property(null, typeof(EF), nameof(EF.Functions)),
            Expression.Call(member, ToLower),
            DataExpressions.Value(pattern),
            // Named explicitly: without an escape character the provider writes ESCAPE '' and "\%" would not mean "%".
            Expression.Constant(EscapeCharacter));
}
