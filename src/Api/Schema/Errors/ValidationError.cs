using MentorGraph.GraphQL.Conventions;

namespace MentorGraph.Api.Schema.Errors;

/// <summary>The GraphQL type <c>ValidationError</c>: an input value a payload field refused.</summary>
/// <param name="Field">The input field at fault (its GraphQL name, e.g. <c>text</c>); null when no one field is.</param>
/// <param name="Code">One of <see cref="Analytics.ValidationCodes"/>, the one vocabulary of refused input (the CLI's record errors use it too).</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record ValidationError(string? Field, string Code, string Message) : PayloadError(Code, Message);
