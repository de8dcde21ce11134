namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// A conversion, compiled once per (GraphQL input type, C# type), from a coerced input value (what
/// <see cref="IResolveFieldContext.Arguments"/> holds: dictionaries, lists, scalars' values, enum values)
/// to the C# value a typed resolver takes. Null stays null; whether null may arrive was checked when the
/// binder was compiled. Throws <see cref="InputMisfitException"/> when a value does not fit.
/// </summary>
internal abstract class InputBinder
{
    public abstract object? Bind(object? value);
}

/// <summary>The value is already what the member takes (same type, an enum's bound value, or <c>object</c>).</summary>
internal sealed class PassThroughBinder : InputBinder
{
    public static readonly PassThroughBinder Instance = new();

    private PassThroughBinder()
    {
    }

    public override object? Bind(object? value) => value;
}

/// <summary>A scalar value converted by a function that returns null when the value does not fit.</summary>
internal sealed class ConvertingBinder(Func<object, object?> convert, string expected) : InputBinder
{
    public override object? Bind(object? value) =>
        value is null ? null : convert(value) ?? throw new InputMisfitException(value, expected);
}

/// <summary>
/// A custom scalar's value, whose C# type only the running scalar knows: it must already be an instance of
/// the member's type. When it is not, the scalar and the binding disagree — a server bug, not bad input.
/// </summary>
internal sealed class InstanceCheckBinder(Type target, string scalarName) : InputBinder
{
    public override object? Bind(object? value) =>
        value is null || target.IsInstanceOfType(value)
            ? value
            : throw new InvalidOperationException(
                $"Scalar \"{scalarName}\" gave a {value.GetType().Name}, but the member it is bound to is {ClrNames.Of(target)}.");
}

/// <summary>An <see cref="Optional{T}"/> member that was given (absent members are handled by their owner).</summary>
internal sealed class OptionalBinder<T>(InputBinder inner) : InputBinder
{
    public static object Absent { get; } = Optional<T>.Absent;

    public override object? Bind(object? value) => new Optional<T>((T)inner.Bind(value)!);
}

/// <summary>A list value as an array or a <see cref="List{T}"/> (which serves every list interface).</summary>
internal sealed class ListBinder<T>(InputBinder element, bool asArray) : InputBinder
{
    public override object? Bind(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is not IReadOnlyList<object?> items)
        {
            throw new InputMisfitException(value, "Expected a list.");
        }

        if (asArray)
        {
            var array = new T[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                array[i] = Item(items, i);
            }

            return array;
        }

        var list = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(Item(items, i));
        }

        return list;
    }

    private T Item(IReadOnlyList<object?> items, int index)
    {
        try
        {
            return (T)element.Bind(items[index])!;
        }
        catch (InputMisfitException misfit)
        {
            misfit.Under(index);
            throw;
        }
    }
}
