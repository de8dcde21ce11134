using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// One field started on one object: where its value goes, and the value, pending task or error its
/// resolver gave. A struct in the executor's pooled level buffer, so a field costs no allocation of its own.
/// </summary>
internal struct FieldRun
{
    /// <summary>The object the field belongs to; the value goes to <see cref="PlannedField.Slot"/> of it.</summary>
    public ObjectResult Target;

    public PlannedField Field;

    /// <summary>The object type the field is selected on (the runtime type of <see cref="Target"/>).</summary>
    public ObjectType ParentType;

    public object? Value;

    public Task<object?>? Pending;

    public Exception? Error;
}
