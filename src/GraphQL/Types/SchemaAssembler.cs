using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>What <see cref="SchemaAssembler"/> made of the SDL documents.</summary>
internal sealed record AssembledSchema(
    ObjectType? QueryType,
    ObjectType? MutationType,
    ObjectType? SubscriptionType,
    IReadOnlyList<NamedType> Types,
    IReadOnlyList<DirectiveDefinition> Directives,
    string? Description,
    SchemaDefinitionNode? AstNode,
    IReadOnlySet<string> DeclaredScalarNames);

/// <summary>
/// Turns SDL documents (definitions and extensions) into the type system model, reporting every SDL
/// problem it meets (duplicate or unknown names, bad extensions, misplaced directives...) instead of
/// stopping at the first. Type-system rules on the result are <see cref="SchemaValidator"/>'s job.
/// </summary>
internal sealed class SchemaAssembler(
    List<SchemaError> errors,
    IReadOnlyDictionary<string, ScalarType> scalarImplementations)
{
    private readonly Dictionary<string, TypeDefinitionNode> _typeDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
    private readonly List<SchemaDefinitionNode> _schemaDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly Dictionary<string, DirectiveDefinitionNode> _directiveDefinitions = new(StringComparer.Ordinal);

    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnresolvedType> _unresolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declaredScalars = new(StringComparer.Ordinal);

    public AssembledSchema Assemble(IEnumerable<DocumentNode> documents)
    {
        foreach (var document in documents)
        {
            Collect(document);
        }

        CreateTypes();
        CreateDirectives();
        FillTypes();
        var (query, mutation, subscription) = ResolveRootTypes();
        new SdlDirectiveUsages(errors, _directives).Validate(
            _schemaDefinitions,
            _schemaExtensions,
            _typeDefinitions.Values,
            ValidExtensions,
            _directiveDefinitions.Values);

        var schemaDefinition = _schemaDefinitions.FirstOrDefault();
        var referenced = ReferencedTypeNames();
        return new AssembledSchema(
            query,
            mutation,
            subscription,
            _types.Values.Where(t => !BuiltInScalars.IsBuiltIn(t) || referenced.Contains(t.Name)).ToList(),
            _directives.Values.ToList(),
            schemaDefinition?.Description?.Value,
            schemaDefinition,
            _declaredScalars);
    }

    /// <summary>
    /// The names of the types some field, argument or input field (of any type or directive, the
    /// introspection types included) refers to. Spec 3.5: a built-in scalar that none refers to must not
    /// be part of the schema.
    /// </summary>
    private HashSet<string> ReferencedTypeNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void AddArguments(IEnumerable<InputValueDefinition> values)
        {
            foreach (var value in values)
            {
                names.Add(value.Type.GetNamedType().Name);
            }
        }

        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case FieldsType fieldsType:
                    foreach (var field in fieldsType.Fields)
                    {
                        names.Add(field.Type.GetNamedType().Name);
                        AddArguments(field.Arguments);
                    }

                    break;
                case InputObjectType input:
                    AddArguments(input.Fields);
                    break;
            }
        }

        foreach (var directive in _directives.Values)
        {
            AddArguments(directive.Arguments);
        }

        return names;
    }

    private void Collect(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (_schemaDefinitions.Count > 0)
                    {
                        errors.Add(new SchemaError("Must provide only one schema definition.", schema));
                    }

                    _schemaDefinitions.Add(schema);
                    break;
                case TypeDefinitionNode type:
                    CollectType(type);
                    break;
                case DirectiveDefinitionNode directive:
                    CollectDirective(directive);
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case TypeExtensionNode extension:
                    if (!_typeExtensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        list = [];
                        _typeExtensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
                case OperationDefinitionNode operation:
                    var kind = operation.Operation.ToString().ToLowerInvariant();
                    var what = operation.Name is null ? $"an anonymous {kind}" : $"the {kind} \"{operation.Name.Value}\"";
                    errors.Add(new SchemaError($"A schema document may only hold type system definitions, but it holds {what}.", operation));
                    break;
                case FragmentDefinitionNode fragment:
                    errors.Add(new SchemaError($"A schema document may only hold type system definitions, but it holds the fragment \"{fragment.Name.Value}\".", fragment));
                    break;
            }
        }
    }

    private void CollectType(TypeDefinitionNode type)
    {
        var name = type.Name.Value;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(new SchemaError(SchemaValidator.ReservedNameMessage(name), type.Name));
        }
        else if (BuiltInScalars.IsBuiltIn(name))
        {
            // Declaring a built-in scalar is allowed and changes nothing; anything else by that name is not.
            if (type is not ScalarTypeDefinitionNode)
            {
                errors.Add(new SchemaError($"Type \"{name}\" is a built-in scalar and cannot be redefined.", type.Name));
            }
        }
        else if (_typeDefinitions.TryGetValue(name, out var existing))
        {
            errors.Add(new SchemaError($"There can be only one type named \"{name}\".", existing.Name, type.Name));
        }
        else
        {
            _typeDefinitions[name] = type;
        }
    }

    private void CollectDirective(DirectiveDefinitionNode directive)
    {
        var name = directive.Name.Value;
        if (BuiltInDirectives.IsBuiltIn(name))
        {
            errors.Add(new SchemaError($"Directive \"@{name}\" is built in and cannot be redefined.", directive.Name));
        }
        else if (_directiveDefinitions.TryGetValue(name, out var existing))
        {
            errors.Add(new SchemaError($"There can be only one directive named \"@{name}\".", existing.Name, directive.Name));
        }
        else
        {
            _directiveDefinitions[name] = directive;
        }
    }

    /// <summary>Creates every named type (empty), so that type references can be resolved in any order.</summary>
    private void CreateTypes()
    {
        foreach (var (name, definition) in _typeDefinitions)
        {
            NamedType type;
            switch (definition)
            {
                case ScalarTypeDefinitionNode:
                    _declaredScalars.Add(name);
                    if (scalarImplementations.TryGetValue(name, out var scalar))
                    {
                        type = scalar;
                    }
                    else
                    {
                        errors.Add(new SchemaError(
                            $"Scalar \"{name}\" has no implementation: add one with SchemaBuilder.AddScalar.",
                            definition.Name));
                        type = new UnresolvedType(name);
                    }

                    break;
                case ObjectTypeDefinitionNode:
                    type = new ObjectType(name);
                    break;
                case InterfaceTypeDefinitionNode:
                    type = new InterfaceType(name);
                    break;
                case UnionTypeDefinitionNode:
                    type = new UnionType(name);
                    break;
                case EnumTypeDefinitionNode:
                    type = new EnumType(name);
                    break;
                case InputObjectTypeDefinitionNode:
                    type = new InputObjectType(name);
                    break;
                default:
                    continue;
            }

            _types[name] = type;
        }

        foreach (var scalar in BuiltInScalars.All)
        {
            _types[scalar.Name] = scalar;
        }

        foreach (var type in Introspection.Types)
        {
            _types[type.Name] = type;
        }

        foreach (var (name, extensions) in _typeExtensions)
        {
            foreach (var extension in extensions)
            {
                if (!_typeDefinitions.TryGetValue(name, out var definition))
                {
                    errors.Add(new SchemaError(
                        _types.ContainsKey(name)
                            ? $"Cannot extend type \"{name}\" because it is built in."
                            : $"Cannot extend type \"{name}\" because it is not defined.",
                        extension.Name));
                }
                else if (!ExtensionFits(definition, extension))
                {
                    errors.Add(new SchemaError($"Cannot extend non-{KindName(extension)} type \"{name}\".", definition.Name, extension.Name));
                }
            }
        }
    }

    private IReadOnlyList<TypeExtensionNode> ValidExtensions(string typeName) =>
        _typeDefinitions.TryGetValue(typeName, out var definition) && _typeExtensions.TryGetValue(typeName, out var extensions)
            ? extensions.Where(e => ExtensionFits(definition, e)).ToList()
            : [];

    private static bool ExtensionFits(TypeDefinitionNode definition, TypeExtensionNode extension) => (definition, extension) switch
    {
        (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
        (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
        (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
        (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
        (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
        (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindName(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private void CreateDirectives()
    {
        foreach (var directive in BuiltInDirectives.All)
        {
            _directives[directive.Name] = directive;
        }

        foreach (var (name, node) in _directiveDefinitions)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var locationName in node.Locations)
            {
                if (NameConventions.TryParseDirectiveLocation(locationName.Value, out var location))
                {
                    locations.Add(location);
                }
                else
                {
                    errors.Add(new SchemaError($"Unknown directive location \"{locationName.Value}\".", locationName));
                }
            }

            _directives[name] = new DirectiveDefinition(name)
            {
                Description = node.Description?.Value,
                Arguments = BuildArguments("@" + name, node.Arguments),
                Locations = locations,
                IsRepeatable = node.Repeatable,
                AstNode = node,
            };
        }
    }

    private void FillTypes()
    {
        foreach (var (name, definition) in _typeDefinitions)
        {
            var type = _types[name];
            var extensions = ValidExtensions(name);
            if (type is UnresolvedType)
            {
                continue;
            }

            if (definition.Description is not null || type is not ScalarType)
            {
                type.Description = definition.Description?.Value;
            }

            type.AstNode = definition;
            type.ExtensionAstNodes = extensions;

            switch (type)
            {
                case ScalarType scalar:
                    var specifiedBy = definition.Directives.Concat(extensions.SelectMany(e => e.Directives))
                        .FirstOrDefault(d => d.Name.Value == BuiltInDirectives.SpecifiedBy.Name);
                    if (specifiedBy?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url)
                    {
                        scalar.SpecifiedByUrl = url.Value;
                    }

                    break;
                case FieldsType fieldsType:
                    var (interfaceNodes, fieldNodes) = definition switch
                    {
                        ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields),
                        InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields),
                        _ => ([], []),
                    };
                    var allInterfaceNodes = interfaceNodes.Concat(extensions.SelectMany(e => e switch
                    {
                        ObjectTypeExtensionNode o => o.Interfaces,
                        InterfaceTypeExtensionNode i => i.Interfaces,
                        _ => [],
                    }));
                    var allFieldNodes = fieldNodes.Concat(extensions.SelectMany(e => e switch
                    {
                        ObjectTypeExtensionNode o => o.Fields,
                        InterfaceTypeExtensionNode i => i.Fields,
                        _ => [],
                    }));
                    fieldsType.Interfaces = ResolveInterfaces(name, allInterfaceNodes);
                    fieldsType.Fields = BuildFields(name, allFieldNodes);
                    break;
                case UnionType union:
                    var memberNodes = ((UnionTypeDefinitionNode)definition).Types
                        .Concat(extensions.SelectMany(e => ((UnionTypeExtensionNode)e).Types));
                    union.Types = ResolveUnionMembers(name, memberNodes);
                    break;
                case EnumType enumType:
                    var valueNodes = ((EnumTypeDefinitionNode)definition).Values
                        .Concat(extensions.SelectMany(e => ((EnumTypeExtensionNode)e).Values));
                    enumType.Values = BuildEnumValues(name, valueNodes);
                    break;
                case InputObjectType inputObject:
                    var inputDefinition = (InputObjectTypeDefinitionNode)definition;
                    var inputFieldNodes = inputDefinition.Fields
                        .Concat(extensions.SelectMany(e => ((InputObjectTypeExtensionNode)e).Fields));
                    inputObject.Fields = BuildInputFields(name, inputFieldNodes);
                    inputObject.IsOneOf = inputDefinition.Directives.Any(d => d.Name.Value == BuiltInDirectives.OneOf.Name);
                    foreach (var extension in extensions)
                    {
                        var oneOf = extension.Directives.FirstOrDefault(d => d.Name.Value == BuiltInDirectives.OneOf.Name);
                        if (oneOf is not null)
                        {
                            errors.Add(new SchemaError(
                                $"The @oneOf directive must be on the definition of input \"{name}\", not on an extension.",
                                oneOf));
                        }
                    }

                    break;
            }
        }
    }

    private List<InterfaceType> ResolveInterfaces(string typeName, IEnumerable<NamedTypeNode> nodes) =>
        ResolveMembers<InterfaceType>(nodes, other => $"Type {typeName} must only implement Interface types, it cannot implement {other.Name}.");

    private List<ObjectType> ResolveUnionMembers(string unionName, IEnumerable<NamedTypeNode> nodes) =>
        ResolveMembers<ObjectType>(nodes, other => $"Union type {unionName} can only include Object types, it cannot include {other.Name}.");

    /// <summary>The named types of <typeparamref name="T"/>; any other kind is an error (unknown names were reported already).</summary>
    private List<T> ResolveMembers<T>(IEnumerable<NamedTypeNode> nodes, Func<NamedType, string> wrongKind)
        where T : NamedType
    {
        var result = new List<T>();
        foreach (var node in nodes)
        {
            switch (ResolveNamedType(node))
            {
                case T member:
                    result.Add(member);
                    break;
                case UnresolvedType:
                    break;
                case { } other:
                    errors.Add(new SchemaError(wrongKind(other), node));
                    break;
            }
        }

        return result;
    }

    private List<FieldDefinition> BuildFields(string typeName, IEnumerable<FieldDefinitionNode> nodes)
    {
        var result = new List<FieldDefinition>();
        var byName = new Dictionary<string, FieldDefinitionNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (byName.TryGetValue(name, out var existing))
            {
                errors.Add(new SchemaError($"Field \"{typeName}.{name}\" can only be defined once.", existing.Name, node.Name));
                continue;
            }

            byName[name] = node;
            result.Add(new FieldDefinition(name, ResolveType(node.Type))
            {
                Description = node.Description?.Value,
                Arguments = BuildArguments($"{typeName}.{name}", node.Arguments),
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            });
        }

        return result;
    }

    private List<InputValueDefinition> BuildArguments(string owner, IEnumerable<InputValueDefinitionNode> nodes) =>
        BuildInputValues(nodes, name => $"Argument \"{owner}({name}:)\" can only be defined once.");

    private List<InputValueDefinition> BuildInputFields(string typeName, IEnumerable<InputValueDefinitionNode> nodes) =>
        BuildInputValues(nodes, name => $"Field \"{typeName}.{name}\" can only be defined once.");

    /// <summary>Arguments or input fields in definition order; a repeated name is an error and the repeat is dropped.</summary>
    private List<InputValueDefinition> BuildInputValues(IEnumerable<InputValueDefinitionNode> nodes, Func<string, string> duplicateMessage)
    {
        var result = new List<InputValueDefinition>();
        var byName = new Dictionary<string, InputValueDefinitionNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (byName.TryGetValue(name, out var existing))
            {
                errors.Add(new SchemaError(duplicateMessage(name), existing.Name, node.Name));
                continue;
            }

            byName[name] = node;
            result.Add(BuildInputValue(node));
        }

        return result;
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node) =>
        new(node.Name.Value, ResolveType(node.Type))
        {
            Description = node.Description?.Value,
            DefaultValue = node.DefaultValue,
            DeprecationReason = DeprecationReason(node.Directives),
            AstNode = node,
        };

    private List<EnumValueDefinition> BuildEnumValues(string enumName, IEnumerable<EnumValueDefinitionNode> nodes)
    {
        var result = new List<EnumValueDefinition>();
        var byName = new Dictionary<string, EnumValueDefinitionNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (byName.TryGetValue(name, out var existing))
            {
                errors.Add(new SchemaError($"Enum value \"{enumName}.{name}\" can only be defined once.", existing.Name, node.Name));
                continue;
            }

            byName[name] = node;
            result.Add(new EnumValueDefinition(name, name)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            });
        }

        return result;
    }

    /// <summary>The reason of an applied <c>@deprecated</c> (its default when not given); null when there is none.</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == BuiltInDirectives.Deprecated.Name);
        if (deprecated is null)
        {
            return null;
        }

        var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value;
        return reason is StringValueNode text ? text.Value : BuiltInDirectives.DefaultDeprecationReason;
    }

    private GraphQLType ResolveType(TypeNode node) => node switch
    {
        NamedTypeNode named => ResolveNamedType(named),
        ListTypeNode list => new ListType(ResolveType(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type)),
        _ => throw new ArgumentException($"Unknown type node {node.GetType().Name}.", nameof(node)),
    };

    private NamedType ResolveNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        errors.Add(new SchemaError($"Unknown type \"{name}\".", node));
        if (!_unresolved.TryGetValue(name, out var unresolved))
        {
            unresolved = new UnresolvedType(name);
            _unresolved[name] = unresolved;
        }

        return unresolved;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
    {
        var named = new Dictionary<OperationType, NamedTypeNode>();
        var schemaDefinition = _schemaDefinitions.FirstOrDefault();
        if (schemaDefinition is not null)
        {
            foreach (var operationType in schemaDefinition.OperationTypes)
            {
                if (!named.TryAdd(operationType.Operation, operationType.Type))
                {
                    errors.Add(new SchemaError(
                        $"There can be only one {OperationName(operationType.Operation)} type in schema.",
                        operationType));
                }
            }
        }

        foreach (var extension in _schemaExtensions)
        {
            foreach (var operationType in extension.OperationTypes)
            {
                if (!named.TryAdd(operationType.Operation, operationType.Type))
                {
                    errors.Add(new SchemaError(
                        $"Type for {OperationName(operationType.Operation)} already defined in the schema. It cannot be redefined.",
                        operationType));
                }
            }
        }

        var roots = new Dictionary<OperationType, ObjectType>();
        foreach (var operation in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
        {
            NamedType? type;
            Node? at = null;
            if (named.TryGetValue(operation, out var node))
            {
                at = node;
                type = ResolveNamedType(node);
                if (type is UnresolvedType)
                {
                    continue;
                }
            }
            else if (schemaDefinition is null)
            {
                // Without a schema definition the root types are the types named Query, Mutation and Subscription.
                type = _typeDefinitions.ContainsKey(DefaultRootName(operation)) ? _types[DefaultRootName(operation)] : null;
                at = type?.AstNode?.Name;
            }
            else
            {
                type = null;
            }

            switch (type)
            {
                case null:
                    if (operation == OperationType.Query)
                    {
                        errors.Add(new SchemaError("Query root type must be provided.", schemaDefinition));
                    }

                    break;
                case ObjectType objectType:
                    roots[operation] = objectType;
                    break;
                case UnresolvedType:
                    break;
                default:
                    var ifProvided = operation == OperationType.Query ? string.Empty : " if provided";
                    errors.Add(new SchemaError(
                        $"{DefaultRootName(operation)} root type must be Object type{ifProvided}, it cannot be {type.Name}.",
                        at));
                    break;
            }
        }

        foreach (var group in roots.GroupBy(r => r.Value.Name).Where(g => g.Count() > 1))
        {
            var operations = string.Join(" and ", group.Select(r => OperationName(r.Key)));
            errors.Add(new SchemaError(
                $"All root types must be different, \"{group.Key}\" type is used as {operations} root types.",
                group.First().Value.AstNode?.Name));
        }

        return (roots.GetValueOrDefault(OperationType.Query),
            roots.GetValueOrDefault(OperationType.Mutation),
            roots.GetValueOrDefault(OperationType.Subscription));
    }

    private static string OperationName(OperationType operation) => operation.ToString().ToLowerInvariant();

    private static string DefaultRootName(OperationType operation) => operation.ToString();
}
