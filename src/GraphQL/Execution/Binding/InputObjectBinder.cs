using System.Reflection;

namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// One constructor parameter or property of an input object's C# type, bound to an input field (or a
/// field's argument) of the same name.
/// </summary>
/// <param name="FieldName">The GraphQL name, as the coerced value's dictionary keys it.</param>
/// <param name="Binder">Converts the field's value.</param>
/// <param name="AbsentValue">What a constructor parameter gets when the field is absent: <see cref="Optional{T}.Absent"/>, the parameter's default value, or null.</param>
/// <param name="Setter">The property's setter; null for a constructor parameter.</param>
internal sealed record MemberSlot(string FieldName, InputBinder Binder, object? AbsentValue, MethodInvoker? Setter);

/// <summary>
/// Creates the C# value of an input object (or of a field's whole argument list): calls the constructor with
/// the fields its parameters name, then sets the properties of the fields that were given. A property
/// whose field is absent keeps its initializer. Created empty and filled in by <see cref="Initialize"/>, so
/// that input types which contain themselves (filters with <c>and</c>/<c>or</c>) can be compiled.
/// </summary>
internal sealed class InputObjectBinder(Type type) : InputBinder
{
    private ConstructorInvoker? _constructor;
    private MemberSlot[] _parameters = [];
    private MemberSlot[] _properties = [];

    public Type Type { get; } = type;

    public void Initialize(ConstructorInfo? constructor, IEnumerable<MemberSlot> parameters, IEnumerable<MemberSlot> properties)
    {
        _constructor = constructor is null ? null : ConstructorInvoker.Create(constructor);
        _parameters = [.. parameters];
        _properties = [.. properties];
    }

    public override object? Bind(object? value) => value switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> fields => Create(fields),
        _ => throw new InputMisfitException(value, "Expected an input object."),
    };

    /// <summary>The C# value of the given fields (a coerced input object, or a field's arguments).</summary>
    public object Create(IReadOnlyDictionary<string, object?> fields)
    {
        object instance;
        if (_constructor is null)
        {
            instance = Activator.CreateInstance(Type)!;
        }
        else
        {
            var arguments = new object?[_parameters.Length];
            for (var i = 0; i < _parameters.Length; i++)
            {
                var slot = _parameters[i];
                arguments[i] = fields.TryGetValue(slot.FieldName, out var fieldValue) ? BindMember(slot, fieldValue) : slot.AbsentValue;
            }

            instance = _constructor.Invoke(arguments);
        }

        foreach (var slot in _properties)
        {
            if (fields.TryGetValue(slot.FieldName, out var fieldValue))
            {
                slot.Setter!.Invoke(instance, BindMember(slot, fieldValue));
            }
        }

        return instance;
    }

    private static object? BindMember(MemberSlot slot, object? value)
    {
        try
        {
            return slot.Binder.Bind(value);
        }
        catch (InputMisfitException misfit)
        {
            misfit.Under(slot.FieldName);
            throw;
        }
    }
}
