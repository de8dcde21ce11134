namespace MentorGraph.Analytics.Records;

/// <summary>Why one input record was rejected. Codes are stable; messages are for people.</summary>
public sealed record RecordError(string Code, string Message)
{
    public const string InvalidJson = "INVALID_JSON";
    public const string LineTooLong = "LINE_TOO_LONG";
    public const string InvalidId = "INVALID_ID";
    public const string MissingText = "MISSING_TEXT";
    public const string TextTooLong = "TEXT_TOO_LONG";
    public const string InvalidAuthorRole = "INVALID_AUTHOR_ROLE";
    public const string InvalidName = "INVALID_NAME";
    public const string InvalidTopic = "INVALID_TOPIC";
    public const string InvalidDirection = "INVALID_DIRECTION";
}
