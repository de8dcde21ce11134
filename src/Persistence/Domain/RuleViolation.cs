namespace MentorGraph.Persistence.Domain;

/// <summary>
/// A broken data rule, the same whether the domain code found it before writing or the database refused
/// the write (<see cref="DatabaseErrors.Translate"/>), so the API maps one type to its payload errors.
/// </summary>
/// <param name="Kind">Which payload error it becomes.</param>
/// <param name="Rule">
/// The database's name of the rule: the SQLSTATE of a trigger's rule (<see cref="DatabaseRuleViolations"/>,
/// e.g. <c>MG002</c>), the constraint or unique index (<see cref="DatabaseConstraints"/>, e.g.
/// <c>pairings_one_open_per_pair</c>), or <c>version</c> for a stale version.
/// </param>
/// <param name="Message">For people: says what is wrong, without internal names.</param>
public sealed record RuleViolation(RuleViolationKind Kind, string Rule, string Message)
{
    /// <summary>The input field (camelCase, e.g. <c>seniorId</c>) the rule is about, when one is.</summary>
    public string? Field { get; init; }

    /// <summary>For <see cref="RuleViolationKind.InvalidTransition"/>: the status it was in (UPPER_SNAKE).</summary>
    public string? From { get; init; }

    /// <summary>For <see cref="RuleViolationKind.InvalidTransition"/>: the status it was asked to take (UPPER_SNAKE).</summary>
    public string? To { get; init; }
}
