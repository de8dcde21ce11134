namespace MentorGraph.GraphQL.Conventions;

/// <summary>
/// The C# side of an error a payload reports as data: an object type of the SDL that implements
/// <c>interface Error { message: String! code: String! }</c>, bound with
/// <see cref="PayloadConventions.BindError{TError}"/>. Derive a record per error type and add its own
/// fields (a <c>field</c>, a <c>version</c>, ...) as properties.
/// </summary>
/// <param name="Code">What kind of problem it is, stable and machine-readable (e.g. <c>TOO_LONG</c>), so clients can act on it without parsing text.</param>
/// <param name="Message">What is wrong, for people.</param>
public abstract record PayloadError(string Code, string Message);
