namespace MentorGraph.Analytics.Records;

/// <summary>
/// Why one input record was rejected: a code of <see cref="ValidationCodes"/> (stable, the API's
/// vocabulary), the record field at fault (null when the whole line is: not JSON, too long), and a
/// message for people.
/// </summary>
public sealed record RecordError(string Code, string? Field, string Message);
