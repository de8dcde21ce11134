using System.Reflection;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// Compiles the binders of one binding (a field's argument, or all its arguments) from the GraphQL input
/// types and the C# types, collecting every problem as a message that names both sides: which input
/// field or argument, and which C# member. Reflection happens here, once; the binders only convert.
/// </summary>
/// <remarks>
/// The rules: an input object binds to a class, record or struct whose public constructor with the most
/// parameters and whose settable/<c>init</c> properties match its fields one to one (<c>text</c> ↔
/// <c>Text</c> or <c>text</c>); a list to an array, <c>List&lt;T&gt;</c> or a list interface; an enum to the
/// C# type of the values <c>BindEnum</c> gave it (its names, <c>string</c>, when unbound); a scalar to the
/// types <see cref="ScalarConversions"/> lists; anything to <c>object</c> (the coerced value as is). A field
/// that may be null needs a member that can hold null (<c>string?</c>, <c>int?</c>); an absent field binds
/// like null unless the member is an <see cref="Optional{T}"/>, takes a parameter default, or is a property
/// (which then keeps its initializer).
/// </remarks>
internal sealed class InputBinderCompiler
{
    private readonly List<string> _problems = [];
    private readonly Dictionary<(InputObjectType, Type), InputObjectBinder> _objects = [];
    private readonly NullabilityInfoContext _nullability = new();

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>
    /// A binder of values of <paramref name="type"/> into <paramref name="target"/>, where the member may be an
    /// <see cref="Optional{T}"/>; <paramref name="absentValue"/> is then <see cref="Optional{T}.Absent"/>.
    /// </summary>
    /// <param name="where">The GraphQL side, for messages: <c>Input field "X.y"</c>, <c>Argument "Query.f(a:)"</c>.</param>
    public InputBinder? CompileMember(GraphQLType type, BindingTarget target, string where, out object? absentValue)
    {
        absentValue = null;
        if (!IsOptional(target.Type))
        {
            return Compile(type, target, where);
        }

        var inner = target.TypeArgument(0, target.Name);
        if (Compile(type, inner, where) is not { } binder)
        {
            return null;
        }

        var optionalBinder = typeof(OptionalBinder<>).MakeGenericType(inner.Type);
        absentValue = optionalBinder.GetProperty("Absent")!.GetValue(null);
        return (InputBinder)Activator.CreateInstance(optionalBinder, binder)!;
    }

    /// <summary>A binder that creates <paramref name="type"/> from input fields or arguments, matched to its members by name.</summary>
    /// <param name="owner">The GraphQL side, for messages: <c>input "X"</c>, <c>the arguments of "Query.f"</c>.</param>
    /// <param name="fieldWhere">Names one field or argument, for messages.</param>
    public InputObjectBinder? CompileObject(IReadOnlyList<InputValueDefinition> fields, Type type, string owner, Func<InputValueDefinition, string> fieldWhere)
    {
        var binder = new InputObjectBinder(type);
        return Fill(binder, fields, owner, fieldWhere) ? binder : null;
    }

    private InputBinder? Compile(GraphQLType type, BindingTarget target, string where)
    {
        if (target.Type == typeof(object))
        {
            return PassThroughBinder.Instance;
        }

        if (IsOptional(target.Type))
        {
            return Problem(where, type, target, "Optional<T> is for input fields and arguments only, not for list items");
        }

        if (type is NonNullType nonNull)
        {
            return CompileNullable(nonNull.OfType, target, where);
        }

        if (!target.AllowsNull)
        {
            return Problem(where, type, target, $"the value may be null, so the member must be nullable ({NullableForm(target)})");
        }

        return CompileNullable(type, target, where);
    }

    /// <summary>Binds a type without its non-null wrapper; the member's own nullability was settled by the caller.</summary>
    private InputBinder? CompileNullable(GraphQLType type, BindingTarget target, string where)
    {
        var clrType = Nullable.GetUnderlyingType(target.Type) ?? target.Type;
        switch (type)
        {
            case ListType list:
                return CompileList(list, target with { Type = clrType }, where);
            case InputObjectType inputObject:
                return CompileInputObject(inputObject, target with { Type = clrType }, where);
            case EnumType enumType:
                var values = BoundValues(enumType);
                if (values.All(clrType.IsInstanceOfType))
                {
                    return PassThroughBinder.Instance;
                }

                var valueTypes = string.Join(" or ", values.Select(v => ClrNames.Of(v.GetType())).Distinct());
                return Problem(where, type, target, values.All(v => v is string)
                    ? $"enum \"{enumType.Name}\" is not bound with BindEnum, so its values are their names (String); bind it to the member's type or take a string"
                    : $"enum \"{enumType.Name}\" is bound to {valueTypes} values");
            case ScalarType scalar:
                return ScalarConversions.Find(scalar, clrType)
                    ?? Problem(where, type, target, $"{scalar.Name} binds to {ScalarTargets(scalar)}");
            default:
                return Problem(where, type, target, "it is not an input type");
        }
    }

    private InputBinder? CompileList(ListType list, BindingTarget target, string where)
    {
        var clrType = target.Type;
        var itemName = $"the items of {target.Name}";
        BindingTarget item;
        bool asArray;
        if (clrType.IsArray && clrType.GetArrayRank() == 1)
        {
            item = target.ArrayElement(itemName);
            asArray = true;
        }
        else if (clrType.IsGenericType && ListTypes.Contains(clrType.GetGenericTypeDefinition()))
        {
            item = target.TypeArgument(0, itemName);
            asArray = false;
        }
        else
        {
            return Problem(where, list, target, "a list binds to an array, List<T>, IList<T>, ICollection<T>, IEnumerable<T>, IReadOnlyList<T> or IReadOnlyCollection<T>");
        }

        if (Compile(list.OfType, item, $"The items of {Uncapitalized(where)}") is not { } itemBinder)
        {
            return null;
        }

        return (InputBinder)Activator.CreateInstance(typeof(ListBinder<>).MakeGenericType(item.Type), itemBinder, asArray)!;
    }

    private InputBinder? CompileInputObject(InputObjectType inputObject, BindingTarget target, string where)
    {
        if (target.Type == typeof(IReadOnlyDictionary<string, object?>))
        {
            return PassThroughBinder.Instance;
        }

        if (_objects.TryGetValue((inputObject, target.Type), out var known))
        {
            return known;
        }

        var members = BindableMembers.Of(target.Type);
        if (members.Problem is not null)
        {
            return Problem(where, inputObject, target, members.Problem);
        }

        var binder = new InputObjectBinder(target.Type);
        _objects[(inputObject, target.Type)] = binder;
        return Fill(binder, inputObject.Fields, $"input \"{inputObject.Name}\"", f => $"Input field \"{inputObject.Name}.{f.Name}\"") ? binder : null;
    }

    /// <summary>Matches fields to the type's members one to one and compiles each; false when something did not fit.</summary>
    private bool Fill(InputObjectBinder binder, IReadOnlyList<InputValueDefinition> fields, string owner, Func<InputValueDefinition, string> fieldWhere)
    {
        var type = binder.Type;
        var members = BindableMembers.Of(type);
        if (members.Problem is not null)
        {
            _problems.Add($"{ClrNames.Of(type)} cannot take {owner}: {members.Problem}.");
            return false;
        }

        var before = _problems.Count;
        var parameters = new List<MemberSlot>();
        foreach (var parameter in members.Parameters)
        {
            var field = fields.FirstOrDefault(f => BindableMembers.Matches(parameter.Name, f.Name));
            if (field is null)
            {
                _problems.Add($"{ClrNames.Of(type)}'s constructor parameter {parameter.Name} has no field in {owner}: every member must match a field by name.");
                continue;
            }

            var target = new BindingTarget(parameter.ParameterType, _nullability.Create(parameter), $"{ClrNames.Of(type)}'s parameter {parameter.Name}");
            if (CompileMember(field.Type, target, fieldWhere(field), out var absent) is { } memberBinder)
            {
                parameters.Add(new MemberSlot(field.Name, memberBinder, IsOptional(parameter.ParameterType) ? absent : AbsentArgument(parameter), null));
            }
        }

        var properties = new List<MemberSlot>();
        foreach (var property in members.Properties)
        {
            var field = fields.FirstOrDefault(f => BindableMembers.Matches(property.Name, f.Name));
            if (field is null)
            {
                _problems.Add($"{ClrNames.Of(type)}.{property.Name} has no field in {owner}: every member must match a field by name.");
                continue;
            }

            var target = new BindingTarget(property.PropertyType, _nullability.Create(property), $"{ClrNames.Of(type)}.{property.Name}");
            if (CompileMember(field.Type, target, fieldWhere(field), out _) is { } memberBinder)
            {
                properties.Add(new MemberSlot(field.Name, memberBinder, null, MethodInvoker.Create(property.SetMethod!)));
            }
        }

        foreach (var field in fields)
        {
            if (!members.Parameters.Any(p => BindableMembers.Matches(p.Name, field.Name))
                && !members.Properties.Any(p => BindableMembers.Matches(p.Name, field.Name)))
            {
                _problems.Add($"{fieldWhere(field)} has no member in {ClrNames.Of(type)}: add a constructor parameter or settable property {NameConventions.ToPascalCase(field.Name)}.");
            }
        }

        if (_problems.Count > before)
        {
            return false;
        }

        binder.Initialize(members.Constructor, parameters, properties);
        return true;
    }

    /// <summary>
    /// The values resolvers get for an enum's values. A value that still holds its own name while others are
    /// bound was left unbound by a BindEnum that failed (and said why); it is skipped, so that the same
    /// mismatch is not reported again here.
    /// </summary>
    private static List<object> BoundValues(EnumType enumType)
    {
        var bound = enumType.Values.Where(v => !(v.Value is string name && name == v.Name)).Select(v => v.Value).ToList();
        return bound.Count > 0 ? bound : [.. enumType.Values.Select(v => v.Value)];
    }

    /// <summary>What a constructor parameter gets for an absent field: its default value, else null (a value type's default).</summary>
    private static object? AbsentArgument(ParameterInfo parameter)
    {
        if (parameter.HasDefaultValue && parameter.DefaultValue is not null)
        {
            return parameter.DefaultValue;
        }

        var type = parameter.ParameterType;
        return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
    }

    private InputBinder? Problem(string where, GraphQLType type, BindingTarget target, string reason)
    {
        _problems.Add($"{where} ({type}) cannot be bound to {target.Name} ({target.Describe()}): {reason}.");
        return null;
    }

    private static bool IsOptional(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>);

    private static string NullableForm(BindingTarget target) => ClrNames.Of(target.Type) + "?";

    private static string ScalarTargets(ScalarType scalar) => scalar switch
    {
        IntScalarType => "int, long, short, byte, sbyte, ushort, uint, ulong, float, double, decimal or object",
        FloatScalarType => "double, float, decimal or object",
        StringScalarType => "string, Guid or object",
        IdScalarType => "string, Guid, int, long or object",
        BooleanScalarType => "bool or object",
        DateTimeScalarType => "DateTimeOffset, DateTime or object",
        DateScalarType => "DateOnly or object",
        _ => "the type its values have",
    };

    private static readonly HashSet<Type> ListTypes =
    [
        typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(IEnumerable<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>),
    ];

    private static string Uncapitalized(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
