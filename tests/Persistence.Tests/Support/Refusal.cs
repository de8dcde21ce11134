using MentorGraph.Persistence.Domain;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Support;

/// <summary>Asserts on what the database said when it refused a write.</summary>
internal static class Refusal
{
    /// <summary>The PostgreSQL error inside <paramref name="exception"/>, which must have <paramref name="sqlState"/>.</summary>
    public static PostgresException AssertSqlState(Exception exception, string sqlState)
    {
        var postgres = exception as PostgresException ?? Assert.IsType<PostgresException>(exception.InnerException);
        Assert.Equal(sqlState, postgres.SqlState);
        return postgres;
    }

    /// <summary>
    /// The translated violation of <paramref name="exception"/>: its SQLSTATE must be <paramref name="sqlState"/>
    /// and it must translate to <paramref name="kind"/>.
    /// </summary>
    public static RuleViolation AssertViolation(Exception exception, string sqlState, RuleViolationKind kind)
    {
        AssertSqlState(exception, sqlState);
        var violation = DatabaseErrors.Translate(exception);
        Assert.NotNull(violation);
        Assert.Equal(kind, violation.Kind);
        return violation;
    }
}
