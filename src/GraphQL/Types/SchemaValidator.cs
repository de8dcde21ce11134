using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// The type system rules of spec section 3 that a built schema must satisfy (the checks of graphql-js's
/// validateSchema): reserved names, non-empty types, input/output positions, interface implementations
/// (covariant field types, compatible arguments, transitive interfaces, no cycles), union members,
/// @oneOf input fields, non-null input object cycles, directive definitions and default values.
/// Root types are checked while they are resolved, by <see cref="SchemaAssembler"/>.
/// </summary>
internal sealed class SchemaValidator(Schema schema, List<SchemaError> errors)
{
    public static string ReservedNameMessage(string name) =>
        $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.";

    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        var errors = new List<SchemaError>();
        new SchemaValidator(schema, errors).Run();
        return errors;
    }

    private void Run()
    {
        foreach (var directive in schema.Directives)
        {
            if (!BuiltInDirectives.All.Contains(directive))
            {
                ValidateDirective(directive);
            }
        }

        var inputCycles = new InputObjectCycles(errors);
        var defaultValueCycles = new DefaultValueCycles(errors);
        foreach (var type in schema.Types.Values)
        {
            if (Introspection.IsIntrospectionType(type) || BuiltInScalars.IsBuiltIn(type) || type is UnresolvedType)
            {
                continue;
            }

            ValidateName(type.Name, type.AstNode?.Name);
            switch (type)
            {
                case ObjectType or InterfaceType:
                    ValidateFields((FieldsType)type);
                    ValidateInterfaces((FieldsType)type);
                    break;
                case UnionType union:
                    ValidateUnion(union);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(inputObject);
                    inputCycles.Check(inputObject);
                    defaultValueCycles.Check(inputObject);
                    break;
            }
        }
    }

    private void ValidateName(string name, Node? at)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(new SchemaError(ReservedNameMessage(name), at));
        }
    }

    private void ValidateDirective(DirectiveDefinition directive)
    {
        ValidateName(directive.Name, directive.AstNode?.Name);
        foreach (var argument in directive.Arguments)
        {
            var coordinate = $"@{directive.Name}({argument.Name}:)";
            ValidateArgument(argument, coordinate);
        }
    }

    private void ValidateArgument(InputValueDefinition argument, string coordinate)
    {
        ValidateName(argument.Name, argument.AstNode?.Name);
        if (!argument.Type.IsInputType())
        {
            errors.Add(new SchemaError($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.AstNode?.Type));
        }

        if (argument.Type is NonNullType && !argument.HasDefaultValue && argument.IsDeprecated)
        {
            errors.Add(new SchemaError($"Required argument {coordinate} cannot be deprecated.", DeprecatedDirective(argument.AstNode), argument.AstNode?.Type));
        }

        ValidateDefaultValue(argument, $"Argument \"{coordinate}\"");
    }

    private void ValidateDefaultValue(InputValueDefinition input, string what)
    {
        if (input.DefaultValue is not null && input.Type.IsInputType()
            && InputValueLiterals.Validate(input.DefaultValue, input.Type) is { } problem)
        {
            errors.Add(new SchemaError($"{what} has an invalid default value: {problem}", input.DefaultValue));
        }
    }

    private static DirectiveNode? DeprecatedDirective(IHasDirectives? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == BuiltInDirectives.Deprecated.Name);

    private void ValidateFields(FieldsType type)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(new SchemaError($"Type {type.Name} must define one or more fields.", type.AstNode?.Name));
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode?.Name);
            if (!field.Type.IsOutputType())
            {
                errors.Add(new SchemaError($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type));
            }

            foreach (var argument in field.Arguments)
            {
                ValidateArgument(argument, $"{type.Name}.{field.Name}({argument.Name}:)");
            }
        }
    }

    private void ValidateInterfaces(FieldsType type)
    {
        var implemented = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            var at = InterfaceNode(type, iface.Name);
            if (iface.Name == type.Name)
            {
                errors.Add(new SchemaError($"Type {type.Name} cannot implement itself because it would create a circular reference.", at));
                continue;
            }

            if (!implemented.Add(iface.Name))
            {
                errors.Add(new SchemaError($"Type {type.Name} can only implement {iface.Name} once.", at));
                continue;
            }

            ValidateImplementsAncestors(type, iface, at);
            ValidateImplementsInterface(type, iface);
        }
    }

    private static NamedTypeNode? InterfaceNode(FieldsType type, string interfaceName)
    {
        var nodes = type.AstNode switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            _ => [],
        };
        var extensionNodes = type.ExtensionAstNodes.SelectMany(e => e switch
        {
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => [],
        });
        return nodes.Concat(extensionNodes).FirstOrDefault(n => n.Name.Value == interfaceName);
    }

    private void ValidateImplementsAncestors(FieldsType type, InterfaceType iface, Node? at)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Any(i => i.Name == transitive.Name))
            {
                errors.Add(new SchemaError(
                    transitive.Name == type.Name
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    at));
            }
        }
    }

    private void ValidateImplementsInterface(FieldsType type, InterfaceType iface)
    {
        foreach (var interfaceField in iface.Fields)
        {
            var field = type.GetField(interfaceField.Name);
            if (field is null)
            {
                errors.Add(new SchemaError(
                    $"Interface field {iface.Name}.{interfaceField.Name} expected but {type.Name} does not provide it.",
                    interfaceField.AstNode?.Name,
                    type.AstNode?.Name));
                continue;
            }

            if (!TypeRelations.IsTypeSubTypeOf(schema, field.Type, interfaceField.Type))
            {
                errors.Add(new SchemaError(
                    $"Interface field {iface.Name}.{interfaceField.Name} expects type {interfaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.",
                    interfaceField.AstNode?.Type,
                    field.AstNode?.Type));
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    errors.Add(new SchemaError(
                        $"Interface field argument {iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.",
                        interfaceArgument.AstNode?.Name,
                        field.AstNode?.Name));
                    continue;
                }

                if (!TypeRelations.IsEqualType(interfaceArgument.Type, argument.Type))
                {
                    errors.Add(new SchemaError(
                        $"Interface field argument {iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.",
                        interfaceArgument.AstNode?.Type,
                        argument.AstNode?.Type));
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (interfaceField.GetArgument(argument.Name) is null && argument.Type is NonNullType && !argument.HasDefaultValue)
                {
                    errors.Add(new SchemaError(
                        $"Object field {type.Name}.{field.Name} includes required argument {argument.Name} that is missing from the Interface field {iface.Name}.{interfaceField.Name}.",
                        argument.AstNode,
                        interfaceField.AstNode));
                }
            }
        }
    }

    private void ValidateUnion(UnionType union)
    {
        // Members that are unknown or not object types were reported when the union was built.
        var memberNodes = (union.AstNode as UnionTypeDefinitionNode)?.Types.Count
            + union.ExtensionAstNodes.OfType<UnionTypeExtensionNode>().Sum(e => e.Types.Count);
        if (union.Types.Count == 0 && memberNodes is null or 0)
        {
            errors.Add(new SchemaError($"Union type {union.Name} must define one or more member types.", union.AstNode?.Name));
        }

        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!included.Add(member.Name))
            {
                errors.Add(new SchemaError($"Union type {union.Name} can only include type {member.Name} once.", union.AstNode?.Name));
            }
        }
    }

    private void ValidateEnum(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(new SchemaError($"Enum type {enumType.Name} must define one or more values.", enumType.AstNode?.Name));
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.AstNode?.Name);
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add(new SchemaError($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.AstNode?.Name));
            }
        }
    }

    private void ValidateInputFields(InputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            errors.Add(new SchemaError($"Input Object type {inputObject.Name} must define one or more fields.", inputObject.AstNode?.Name));
        }

        foreach (var field in inputObject.Fields)
        {
            var coordinate = $"{inputObject.Name}.{field.Name}";
            ValidateName(field.Name, field.AstNode?.Name);
            if (!field.Type.IsInputType())
            {
                errors.Add(new SchemaError($"The type of {coordinate} must be Input Type but got: {field.Type}.", field.AstNode?.Type));
            }

            if (field.Type is NonNullType && !field.HasDefaultValue && field.IsDeprecated)
            {
                errors.Add(new SchemaError($"Required input field {coordinate} cannot be deprecated.", DeprecatedDirective(field.AstNode), field.AstNode?.Type));
            }

            if (inputObject.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add(new SchemaError($"OneOf input field {coordinate} must be nullable.", field.AstNode?.Type));
                }

                if (field.HasDefaultValue)
                {
                    errors.Add(new SchemaError($"OneOf input field {coordinate} cannot have a default value.", field.DefaultValue));
                }
            }

            ValidateDefaultValue(field, $"Input field \"{coordinate}\"");
        }
    }

    /// <summary>
    /// Finds input objects that reference themselves through an unbroken chain of non-null, non-list
    /// fields: no finite value could be given for them (spec 3.10, "Circular References").
    /// </summary>
    private sealed class InputObjectCycles(List<SchemaError> errors)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _path = [];
        private readonly Dictionary<string, int> _pathIndexByType = new(StringComparer.Ordinal);

        public void Check(InputObjectType inputObject)
        {
            if (!_visited.Add(inputObject.Name))
            {
                return;
            }

            _pathIndexByType[inputObject.Name] = _path.Count;
            foreach (var field in inputObject.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _path.Add(field);
                    if (_pathIndexByType.TryGetValue(fieldType.Name, out var cycleStart))
                    {
                        var cycle = _path.Skip(cycleStart).ToList();
                        errors.Add(new SchemaError(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                            cycle.Select(f => (Node?)f.AstNode).ToArray()));
                    }
                    else
                    {
                        Check(fieldType);
                    }

                    _path.RemoveAt(_path.Count - 1);
                }
            }

            _pathIndexByType.Remove(inputObject.Name);
        }
    }

    /// <summary>
    /// Finds input fields whose default values expand without end: coercing <c>input A { a: A = {} }</c>
    /// applies a's default, whose own a gets the default again, and so on. The October 2021 edition
    /// leaves such defaults uncoercible; the September 2025 edition forbids them (3.10, rule 4,
    /// InputObjectDefaultValueHasCycle), which this follows so that no request can start the expansion.
    /// </summary>
    private sealed class DefaultValueCycles(List<SchemaError> errors)
    {
        private readonly HashSet<InputValueDefinition> _reported = new(ReferenceEqualityComparer.Instance);
        private readonly List<(InputObjectType Owner, InputValueDefinition Field)> _path = [];

        public void Check(InputObjectType inputObject) => ObjectHasCycle(inputObject, null);

        /// <summary>InputObjectDefaultValueHasCycle; a null <paramref name="value"/> stands for an empty object.</summary>
        private bool ObjectHasCycle(InputObjectType inputObject, ValueNode? value)
        {
            switch (value)
            {
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        if (ObjectHasCycle(inputObject, item))
                        {
                            return true;
                        }
                    }

                    return false;
                case null or ObjectValueNode:
                    var given = (value as ObjectValueNode)?.Fields;
                    foreach (var field in inputObject.Fields)
                    {
                        if (FieldHasCycle(inputObject, field, given))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>InputFieldDefaultValueHasCycle, the visited fields being those on the current path.</summary>
        private bool FieldHasCycle(InputObjectType owner, InputValueDefinition field, IReadOnlyList<ObjectFieldNode>? given)
        {
            if (field.Type.GetNamedType() is not InputObjectType fieldType)
            {
                return false;
            }

            if (given?.FirstOrDefault(f => f.Name.Value == field.Name) is { } explicitValue)
            {
                return ObjectHasCycle(fieldType, explicitValue.Value);
            }

            if (field.DefaultValue is null)
            {
                return false;
            }

            var start = _path.FindIndex(step => ReferenceEquals(step.Field, field));
            if (start >= 0)
            {
                Report(_path.Skip(start).ToList());
                return true;
            }

            _path.Add((owner, field));
            var found = ObjectHasCycle(fieldType, field.DefaultValue);
            _path.RemoveAt(_path.Count - 1);
            return found;
        }

        private void Report(List<(InputObjectType Owner, InputValueDefinition Field)> cycle)
        {
            if (cycle.Any(step => _reported.Contains(step.Field)))
            {
                return;
            }

            foreach (var step in cycle)
            {
                _reported.Add(step.Field);
            }

            var names = cycle.Select(step => $"{step.Owner.Name}.{step.Field.Name}").ToList();
            errors.Add(new SchemaError(
                $"Input field {names[0]} has a default value that refers back to itself through the default values of {string.Join(", ", names)}; it could never be coerced.",
                cycle.Select(step => (Node?)step.Field.DefaultValue).ToArray()));
        }
    }
}
