namespace MentorGraph.Persistence.Domain;

/// <summary>What kind of rule a change broke; each maps to one of the API's payload error types.</summary>
public enum RuleViolationKind
{
    /// <summary>A status change that is not an edge of the state machine (InvalidTransitionError).</summary>
    InvalidTransition,

    /// <summary>A uniqueness rule: an open pairing of the two exists, the email is taken (ConflictError, no version).</summary>
    Conflict,

    /// <summary>The row changed since the client read it (ConflictError with the current version).</summary>
    StaleVersion,

    /// <summary>A value breaks a rule: band order, not a participant, a date in the future (ValidationError on <see cref="RuleViolation.Field"/>).</summary>
    Invalid,

    /// <summary>A referenced row does not exist (NotFoundError).</summary>
    MissingReference,
}
