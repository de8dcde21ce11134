using MentorGraph.Analytics;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Domain;

namespace MentorGraph.Api.Schema.Errors;

/// <summary>
/// The one place a broken data rule becomes a payload error, whether the domain code found it before writing
/// or the database refused the write (<see cref="DatabaseErrors.Translate"/>): a transition that is no edge →
/// <see cref="InvalidTransitionError"/>; a stale version → <see cref="ConflictError"/> with the current version; a
/// uniqueness rule → <see cref="ConflictError"/> without one; a value against a rule → <see cref="ValidationError"/>
/// on its field; a missing reference → <see cref="NotFoundError"/>.
/// </summary>
public static class RuleViolationErrors
{
    public static PayloadError ToPayloadError(RuleViolation violation, int? currentVersion = null)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return violation.Kind switch
        {
            RuleViolationKind.InvalidTransition => new InvalidTransitionError(violation.From, violation.To, violation.Message),
            RuleViolationKind.StaleVersion => currentVersion is { } current
                ? ConflictError.Stale(current)
                : new ConflictError(ErrorCodes.VersionConflict, null, "version", violation.Message),
            RuleViolationKind.Conflict => new ConflictError(ErrorCodes.AlreadyExists, null, violation.Field, violation.Message),
            RuleViolationKind.MissingReference => new NotFoundError(violation.Field, null, violation.Message),
            _ => new ValidationError(violation.Field, ValidationCodes.InvalidValue, violation.Message),
        };
    }

    /// <summary>Ends the mutation with <paramref name="violation"/>'s payload error (see <see cref="PayloadErrorException"/>).</summary>
    public static PayloadErrorException Refuse(RuleViolation violation, int? currentVersion = null) =>
        new(ToPayloadError(violation, currentVersion));
}
