namespace MentorGraph.Api.Schema.Classification;

/// <summary>The kinds of input problems: the GraphQL enum <c>InputErrorCode</c>.</summary>
public enum InputErrorCode
{
    Empty,
    TooLong,
    OutOfRange,
}

/// <summary>A reason an input was refused: the GraphQL type <c>InputError</c>.</summary>
public sealed record InputError(InputErrorCode Code, string Field, string Message);
