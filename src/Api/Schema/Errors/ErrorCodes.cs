namespace MentorGraph.Api.Schema.Errors;

/// <summary>
/// The <c>code</c>s of the payload error types besides <c>ValidationError</c> (whose codes are
/// <see cref="Analytics.ValidationCodes"/>): stable, so clients act on them without reading messages.
/// </summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string VersionConflict = "VERSION_CONFLICT";
    public const string AlreadyExists = "ALREADY_EXISTS";
    public const string Forbidden = "FORBIDDEN";
}
