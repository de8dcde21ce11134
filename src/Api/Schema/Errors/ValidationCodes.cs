namespace MentorGraph.Api.Schema.Errors;

/// <summary>
/// The codes of <see cref="ValidationError"/>: one vocabulary for refused input across the API, documented in
/// the SDL's description of <c>ValidationError</c> (add a code here and there together). The CLI's record
/// errors (<c>Analytics.Records.RecordError</c>) are to use the same words for the same problems.
/// </summary>
public static class ValidationCodes
{
    /// <summary>A required text is empty or only whitespace.</summary>
    public const string Empty = "EMPTY";

    /// <summary>A text is longer than its limit.</summary>
    public const string TooLong = "TOO_LONG";

    /// <summary>A number is outside its allowed range.</summary>
    public const string OutOfRange = "OUT_OF_RANGE";
}
