namespace MentorGraph.Analytics;

/// <summary>
/// The one list of input-error codes, shared by the JSON Lines records (<see cref="Records.RecordError"/>)
/// and the API's validation errors (the <c>code</c> of the GraphQL type <c>ValidationError</c>), so a
/// client handles "too long" or "empty" the same wherever the input came in. The codes are stable;
/// each error's message is for people and names the limit or the values allowed.
/// </summary>
public static class ValidationCodes
{
    /// <summary>A required text is missing, null, empty or only whitespace (records: <c>id</c>, <c>text</c>).</summary>
    public const string Empty = "EMPTY";

    /// <summary>A text is longer than its limit (records: <c>id</c>, <c>text</c>, the names, and a whole line).</summary>
    public const string TooLong = "TOO_LONG";

    /// <summary>A number is outside its allowed range (the API's classification options; records have no such number).</summary>
    public const string OutOfRange = "OUT_OF_RANGE";

    /// <summary>A record line is not valid JSON, or not a JSON object.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>A required field that is not free text is missing or null (records: <c>authorRole</c>; with labels <c>topic</c> and <c>direction</c>).</summary>
    public const string MissingField = "MISSING_FIELD";

    /// <summary>
    /// A field has the wrong JSON type, or a value outside its set: an <c>authorRole</c> other than
    /// <c>SENIOR</c>/<c>JUNIOR</c>, an unknown topic or direction, an id that is neither a string nor a
    /// number, a text or name that is not a string.
    /// </summary>
    public const string InvalidValue = "INVALID_VALUE";

    /// <summary>Every code above.</summary>
    public static IReadOnlyList<string> All { get; } = [Empty, TooLong, OutOfRange, InvalidJson, MissingField, InvalidValue];
}
