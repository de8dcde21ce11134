namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// A coerced input value that is valid GraphQL but does not fit the C# member it is bound to (an Int too
/// big for a <c>byte</c>, a String that is no UUID for a <c>Guid</c>). Thrown by the binders; each
/// enclosing input object or list adds its key on the way out, so the path costs nothing until it fails.
/// The typed resolver turns it into a BAD_USER_INPUT error naming the path.
/// </summary>
internal sealed class InputMisfitException(object? invalidValue, string message) : Exception(message)
{
    private readonly List<object> _reversedPath = [];

    /// <summary>The part of the input that does not fit.</summary>
    public object? InvalidValue { get; } = invalidValue;

    /// <summary>Field names and list indices from the outermost value in.</summary>
    public IReadOnlyList<object> Path => Enumerable.Reverse(_reversedPath).ToList();

    /// <summary>Records that the failing value sits under <paramref name="key"/> (a field name or list index).</summary>
    public void Under(object key) => _reversedPath.Add(key);
}
