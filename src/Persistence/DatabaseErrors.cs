using System.Text;
using System.Text.RegularExpressions;
using MentorGraph.Persistence.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorGraph.Persistence;

/// <summary>
/// Turns the database's refusals into <see cref="RuleViolation"/>s, the same type the domain code returns
/// before writing: our triggers' SQLSTATEs (<see cref="DatabaseRuleViolations"/>), unique, foreign-key,
/// check and not-null violations, and a stale version (<see cref="DbUpdateConcurrencyException"/>).
/// The domain checks catch nearly everything first; this is for what only the database can see (two
/// requests racing for one email or one open pairing, a row changed meanwhile).
/// </summary>
public static partial class DatabaseErrors
{
    private static readonly Dictionary<string, (string Message, string? Field)> Conflicts = new(StringComparer.Ordinal)
    {
        [DatabaseConstraints.OneOpenPairingPerPair] = ("These two people already have an open pairing in this program.", "juniorId"),
        [DatabaseConstraints.PersonEmailUnique] = ("Someone already has this email.", "email"),
        [DatabaseConstraints.DepartmentNameUnique] = ("A department with this name already exists.", "name"),
        [DatabaseConstraints.OneNotePerAuthor] = ("This participant already has a note on this session.", "sessionId"),
        [DatabaseConstraints.OneFeedbackPerAuthor] = ("This participant has already given feedback on this session.", "sessionId"),
    };

    /// <summary>
    /// The rule <paramref name="exception"/> (or an exception inside it) reports; null when it is not a
    /// rule violation (a lost connection, a bug): then let it propagate.
    /// </summary>
    public static RuleViolation? Translate(Exception exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            return new RuleViolation(RuleViolationKind.StaleVersion, "version", "It was changed by someone else since you read it; read it again.")
            {
                Field = "version",
            };
        }

        var postgres = FindPostgresException(exception);
        if (postgres is null)
        {
            return null;
        }

        return postgres.SqlState switch
        {
            DatabaseRuleViolations.PairingTransitionRefused or DatabaseRuleViolations.SessionTransitionRefused => Transition(postgres),
            _ when DatabaseRuleViolations.All.Contains(postgres.SqlState) =>
                new RuleViolation(RuleViolationKind.Invalid, postgres.SqlState, postgres.MessageText) { Field = FieldOf(postgres.ColumnName) },
            PostgresErrorCodes.UniqueViolation => Unique(postgres),
            PostgresErrorCodes.ForeignKeyViolation => new RuleViolation(
                RuleViolationKind.MissingReference, postgres.ConstraintName ?? "", "A referenced record does not exist (or is still referenced).")
            {
                Field = FieldOf(ForeignKeyColumn(postgres)),
            },
            PostgresErrorCodes.CheckViolation => new RuleViolation(
                RuleViolationKind.Invalid, postgres.ConstraintName ?? "", $"A value breaks the rule {postgres.ConstraintName}."),
            PostgresErrorCodes.NotNullViolation => new RuleViolation(
                RuleViolationKind.Invalid, $"{postgres.TableName}.{postgres.ColumnName}", "A required value is missing.")
            {
                Field = FieldOf(postgres.ColumnName),
            },
            _ => null,
        };
    }

    /// <summary>A column name as the API's camelCase input field: <c>senior_id</c> → <c>seniorId</c>.</summary>
    public static string? FieldOf(string? column)
    {
        if (string.IsNullOrEmpty(column))
        {
            return null;
        }

        var field = new StringBuilder(column.Length);
        var upperNext = false;
        foreach (var c in column)
        {
            if (c == '_')
            {
                upperNext = field.Length > 0;
                continue;
            }

            field.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return field.ToString();
    }

    private static PostgresException? FindPostgresException(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is PostgresException postgres)
            {
                return postgres;
            }
        }

        return null;
    }

    private static RuleViolation Transition(PostgresException postgres)
    {
        // The status triggers' message is "A pairing cannot go from ACTIVE to PROPOSED." (ours, pinned by a
        // test). Not DETAIL: Npgsql redacts it unless the connection string includes error detail.
        var match = TransitionMessage().Match(postgres.MessageText);
        return new RuleViolation(RuleViolationKind.InvalidTransition, postgres.SqlState, postgres.MessageText)
        {
            Field = "status",
            From = match.Success ? match.Groups[1].Value : null,
            To = match.Success ? match.Groups[2].Value : null,
        };
    }

    [GeneratedRegex(@" from ([A-Z_]+) to ([A-Z_]+)\.$")]
    private static partial Regex TransitionMessage();

    private static RuleViolation Unique(PostgresException postgres)
    {
        var name = postgres.ConstraintName ?? "";
        return Conflicts.TryGetValue(name, out var known)
            ? new RuleViolation(RuleViolationKind.Conflict, name, known.Message) { Field = known.Field }
            : new RuleViolation(RuleViolationKind.Conflict, name, "A record with these values already exists.");
    }

    /// <summary>The referencing column of a foreign key named as PostgreSQL does by default: <c>{table}_{column}_fkey</c>.</summary>
    private static string? ForeignKeyColumn(PostgresException postgres)
    {
        var name = postgres.ConstraintName;
        var prefix = postgres.TableName + "_";
        return name is not null && name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith("_fkey", StringComparison.Ordinal)
            ? name[prefix.Length..^"_fkey".Length]
            : null;
    }
}
