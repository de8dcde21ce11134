using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Checks the directives applied in SDL: each is defined, allowed where it stands, used once per location
/// unless repeatable (a type's definition and its extensions count as one location), and given known,
/// unique, valid arguments with every required one present.
/// </summary>
internal sealed class SdlDirectiveUsages(
    List<SchemaError> errors,
    IReadOnlyDictionary<string, DirectiveDefinition> directives)
{
    public void Validate(
        IEnumerable<SchemaDefinitionNode> schemaDefinitions,
        IEnumerable<SchemaExtensionNode> schemaExtensions,
        IEnumerable<TypeDefinitionNode> typeDefinitions,
        Func<string, IReadOnlyList<TypeExtensionNode>> extensionsOf,
        IEnumerable<DirectiveDefinitionNode> directiveDefinitions)
    {
        var schemaDirectives = schemaDefinitions.SelectMany(s => s.Directives)
            .Concat(schemaExtensions.SelectMany(e => e.Directives));
        Check(schemaDirectives, DirectiveLocation.Schema);

        foreach (var definition in typeDefinitions)
        {
            var extensions = extensionsOf(definition.Name.Value);
            Check(definition.Directives.Concat(extensions.SelectMany(e => e.Directives)), LocationOf(definition));

            switch (definition)
            {
                case ObjectTypeDefinitionNode obj:
                    CheckFields(obj.Fields.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields)));
                    break;
                case InterfaceTypeDefinitionNode iface:
                    CheckFields(iface.Fields.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Fields)));
                    break;
                case EnumTypeDefinitionNode enumType:
                    foreach (var value in enumType.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values)))
                    {
                        Check(value.Directives, DirectiveLocation.EnumValue);
                    }

                    break;
                case InputObjectTypeDefinitionNode input:
                    foreach (var field in input.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)))
                    {
                        Check(field.Directives, DirectiveLocation.InputFieldDefinition);
                    }

                    break;
            }
        }

        foreach (var directive in directiveDefinitions)
        {
            foreach (var argument in directive.Arguments)
            {
                Check(argument.Directives, DirectiveLocation.ArgumentDefinition);
            }
        }
    }

    private void CheckFields(IEnumerable<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            Check(field.Directives, DirectiveLocation.FieldDefinition);
            foreach (var argument in field.Arguments)
            {
                Check(argument.Directives, DirectiveLocation.ArgumentDefinition);
            }
        }
    }

    private static DirectiveLocation LocationOf(TypeDefinitionNode definition) => definition switch
    {
        ScalarTypeDefinitionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };

    private void Check(IEnumerable<DirectiveNode> applied, DirectiveLocation location)
    {
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var node in applied)
        {
            var name = node.Name.Value;
            if (!directives.TryGetValue(name, out var directive))
            {
                errors.Add(new SchemaError($"Unknown directive \"@{name}\".", node));
                continue;
            }

            if (!directive.Locations.Contains(location))
            {
                errors.Add(new SchemaError($"Directive \"@{name}\" may not be used on {location.ToSdlName()}.", node));
            }

            if (!directive.IsRepeatable)
            {
                if (seen.TryGetValue(name, out var first))
                {
                    errors.Add(new SchemaError($"The directive \"@{name}\" can only be used once at this location.", first, node));
                }
                else
                {
                    seen[name] = node;
                }
            }

            CheckArguments(node, directive);
        }
    }

    private void CheckArguments(DirectiveNode node, DirectiveDefinition directive)
    {
        var given = new Dictionary<string, ArgumentNode>(StringComparer.Ordinal);
        foreach (var argument in node.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (given.TryGetValue(argumentName, out var first))
            {
                errors.Add(new SchemaError($"There can be only one argument named \"{argumentName}\".", first.Name, argument.Name));
                continue;
            }

            given[argumentName] = argument;
            var definition = directive.GetArgument(argumentName);
            if (definition is null)
            {
                errors.Add(new SchemaError($"Unknown argument \"{argumentName}\" on directive \"@{directive.Name}\".", argument));
                continue;
            }

            if (InputValueLiterals.Validate(argument.Value, definition.Type) is { } problem)
            {
                errors.Add(new SchemaError(
                    $"Invalid value for argument \"{argumentName}\" of directive \"@{directive.Name}\": {problem}",
                    argument.Value));
            }
        }

        foreach (var definition in directive.Arguments)
        {
            if (definition.Type is NonNullType && !definition.HasDefaultValue && !given.ContainsKey(definition.Name))
            {
                errors.Add(new SchemaError(
                    $"Argument \"@{directive.Name}({definition.Name}:)\" of type \"{definition.Type}\" is required, but it was not provided.",
                    node));
            }
        }
    }
}
