namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// An input field or argument that may be absent, as a typed binding sees it: absent (the client left it
/// out) is not the same as an explicit <c>null</c>. Use it for a member whose field is optional when the
/// difference matters — typically a patch-style update, where absent means "leave as is" and null means
/// "clear". Without it, an absent field binds like null (or the C# parameter's default value, or the
/// property's initializer).
/// </summary>
/// <typeparam name="T">The member's type; make it nullable (<c>Optional&lt;string?&gt;</c>) when the field is nullable.</typeparam>
public readonly struct Optional<T> : IEquatable<Optional<T>>
{
    private readonly T _value;

    /// <summary>A given value (which may be null).</summary>
    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>The value of an absent field: <c>default(Optional&lt;T&gt;)</c>.</summary>
    public static Optional<T> Absent => default;

    /// <summary>True when the client gave the field, even as null.</summary>
    public bool HasValue { get; }

    /// <summary>The given value; throws when the field was absent (check <see cref="HasValue"/> first).</summary>
    public T Value => HasValue ? _value : throw new InvalidOperationException("The input field was absent; check HasValue before reading Value.");

    public static implicit operator Optional<T>(T value) => new(value);

    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);

    /// <summary>The given value, or <paramref name="fallback"/> when the field was absent.</summary>
    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    public bool Equals(Optional<T> other) =>
        HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    public override int GetHashCode() => HasValue ? HashCode.Combine(true, _value) : 0;

    public override string ToString() => HasValue ? _value?.ToString() ?? "null" : "(absent)";
}
