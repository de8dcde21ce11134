using System.Reflection;

namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// The C# side of one binding: a member's (or a list item's) type, what its nullable annotations say, and
/// how messages name it (<c>ClassifyNoteInput.Text</c>).
/// </summary>
internal sealed record BindingTarget(Type Type, NullabilityInfo? Nullability, string Name)
{
    /// <summary>
    /// Whether null may be stored: a reference type unless annotated non-nullable (unknown annotations
    /// allow it), a value type only as <c>Nullable&lt;T&gt;</c>.
    /// </summary>
    public bool AllowsNull => Type.IsValueType
        ? Nullable.GetUnderlyingType(Type) is not null
        : Nullability is null || Nullability.WriteState != NullabilityState.NotNull;

    /// <summary>The target of a generic type argument (a list's item, an Optional's value), with its own annotation.</summary>
    public BindingTarget TypeArgument(int index, string name) =>
        new(Type.GetGenericArguments()[index], Nullability?.GenericTypeArguments.ElementAtOrDefault(index), name);

    /// <summary>The target of an array's item.</summary>
    public BindingTarget ArrayElement(string name) => new(Type.GetElementType()!, Nullability?.ElementType, name);

    /// <summary>The type as C# writes it, with <c>?</c> when annotated nullable.</summary>
    public string Describe() =>
        ClrNames.Of(Type) + (!Type.IsValueType && Nullability?.WriteState == NullabilityState.Nullable ? "?" : string.Empty);
}
