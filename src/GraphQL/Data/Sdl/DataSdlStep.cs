using System.Globalization;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Data.Sdl;

/// <summary>
/// Where the schema-first SDL and the declarations meet. The SDL declares each paged field in full, as
/// clients see it — <c>people(first: Int, after: String, last: Int, before: String, where: PersonFilterInput,
/// order: [PersonSortInput!]): PeopleConnection</c> — so the contract stays readable in one file; every
/// argument is optional (a feed may offer only <c>first</c>/<c>after</c>, a list no <c>where</c>). Before the
/// SDL is assembled, this step checks those arguments, then adds one generated document with every type
/// the fields refer to: the connection and edge types (named after the field's declared return type),
/// <c>PageInfo</c>, the filter, list-filter, operation and sort inputs reachable from the declarations,
/// <c>SortEnumType</c>, and the <c>@cost</c>/<c>@listSize</c> definitions unless the SDL has its own. It adds
/// HotChocolate's directives to each paged field and its <c>where</c>/<c>order</c> arguments, unless the SDL
/// gives them. Generated types are sorted by name, so the printed schema is deterministic. A generated type
/// that the SDL also declares is a build error: it has one source.
/// </summary>
internal sealed class DataSdlStep(DataRegistry registry)
{
    public IReadOnlyList<DocumentNode> Run(IReadOnlyList<DocumentNode> documents, List<SchemaError> errors)
    {
        if (registry.Connections.Count == 0)
        {
            return documents;
        }

        var options = registry.Options;
        var generated = new SortedDictionary<string, (string Sdl, string Source)>(StringComparer.Ordinal);
        var shapesByName = new Dictionary<string, EntityShape>(StringComparer.Ordinal);
        var fieldDirectives = new Dictionary<string, ConnectionDeclaration>(StringComparer.Ordinal);
        var usesSorting = false;

        foreach (var declaration in registry.Connections)
        {
            var field = FindField(documents, declaration.TypeName, declaration.FieldName);
            var what = $"\"{declaration.Coordinate}\" is bound as a connection of {declaration.Shape.TypeName}";
            if (field is null)
            {
                errors.Add(new SchemaError($"{what}, but the SDL has no field \"{declaration.Coordinate}\" on an object type."));
                continue;
            }

            var connectionName = (field.Type is NonNullTypeNode { Type: NamedTypeNode named } ? named : field.Type as NamedTypeNode)?.Name.Value;
            if (connectionName is null || !connectionName.EndsWith("Connection", StringComparison.Ordinal) || connectionName.Length == "Connection".Length)
            {
                errors.Add(new SchemaError($"{what}, so its type must name a connection type ending in \"Connection\" (e.g. PeopleConnection); it is {Printer.Print(field.Type)}.", field.Type));
                continue;
            }

            if (!CheckArguments(field, declaration, what, errors, out var hasWhere, out var hasOrder))
            {
                continue;
            }

            fieldDirectives[declaration.Coordinate] = declaration;
            var shape = declaration.Shape;
            Generate(generated, connectionName, ConnectionTypes.Connection(connectionName, shape.TypeName), shape.TypeName, errors);
            Generate(generated, ConnectionTypes.EdgeName(connectionName), ConnectionTypes.Edge(connectionName, shape.TypeName), shape.TypeName, errors);
            Generate(generated, ConnectionTypes.PageInfoName, ConnectionTypes.PageInfo(), string.Empty, errors);
            registry.GeneratedConnectionTypes.Add(connectionName);
            if (hasWhere)
            {
                AddFilters(shape, generated, shapesByName, errors);
            }

            if (hasOrder)
            {
                if (!shape.HasSorts)
                {
                    errors.Add(new SchemaError($"{what} and has an \"order\" argument, but {shape.TypeName} declares no sortable field.", field.Name));
                    continue;
                }

                usesSorting = true;
                AddSorts(shape, generated, shapesByName, errors);
            }
        }

        if (usesSorting)
        {
            Generate(generated, EntityInputs.SortEnumTypeName, EntityInputs.SortEnumType(), string.Empty, errors);
        }

        var declaredTypes = documents.SelectMany(d => d.Definitions).OfType<TypeDefinitionNode>().ToList();
        foreach (var declared in declaredTypes.Where(t => generated.ContainsKey(t.Name.Value)))
        {
            errors.Add(new SchemaError(
                $"Type \"{declared.Name.Value}\" is generated from the data declarations (ResolveConnection); remove it from the SDL.",
                declared.Name));
        }

        var declaredDirectives = documents.SelectMany(d => d.Definitions).OfType<DirectiveDefinitionNode>().Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
        var parts = new List<string>();
        if (!declaredDirectives.Contains(CostDirectiveDefinitions.Cost))
        {
            parts.Add(CostDirectiveDefinitions.CostSdl());
        }

        if (!declaredDirectives.Contains(CostDirectiveDefinitions.ListSize))
        {
            parts.Add(CostDirectiveDefinitions.ListSizeSdl());
        }

        parts.AddRange(generated.Values.Select(v => v.Sdl));
        var generatedDocument = Parser.Parse(new Source(string.Join("\n\n", parts), "data conventions"));
        return [.. documents.Select(d => WithDirectives(d, fieldDirectives, options)), generatedDocument];
    }

    private static void Generate(SortedDictionary<string, (string Sdl, string Source)> generated, string name, string sdl, string source, List<SchemaError> errors)
    {
        if (!generated.TryGetValue(name, out var existing))
        {
            generated[name] = (sdl, source);
        }
        else if (existing.Sdl != sdl && existing.Source != source)
        {
            errors.Add(new SchemaError($"Connection type \"{name}\" would page both {existing.Source} and {source}: give one of the fields a return type of its own name."));
        }
    }

    private static bool CheckArguments(FieldDefinitionNode field, ConnectionDeclaration declaration, string what, List<SchemaError> errors, out bool hasWhere, out bool hasOrder)
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["first"] = "Int",
            ["last"] = "Int",
            ["after"] = "String",
            ["before"] = "String",
            ["where"] = declaration.Shape.FilterInputName,
            ["order"] = $"[{declaration.Shape.SortInputName}!]",
        };
        var ok = true;
        foreach (var argument in field.Arguments)
        {
            if (expected.TryGetValue(argument.Name.Value, out var type) && Printer.Print(argument.Type) != type)
            {
                errors.Add(new SchemaError($"{what}, so its argument \"{argument.Name.Value}\" must be of type {type}; it is {Printer.Print(argument.Type)}.", argument.Type));
                ok = false;
            }
        }

        hasWhere = field.Arguments.Any(a => a.Name.Value == "where");
        hasOrder = field.Arguments.Any(a => a.Name.Value == "order");
        return ok;
    }

    private static void AddFilters(EntityShape root, SortedDictionary<string, (string Sdl, string Source)> generated, Dictionary<string, EntityShape> shapes, List<SchemaError> errors)
    {
        var pending = new Queue<EntityShape>([root]);
        var seen = new HashSet<EntityShape>();
        while (pending.TryDequeue(out var shape))
        {
            if (!seen.Add(shape) || !SameShape(shape, shapes, errors))
            {
                continue;
            }

            Generate(generated, shape.FilterInputName, EntityInputs.Filter(shape), shape.TypeName, errors);
            foreach (var field in shape.Fields.Where(f => f.IsFilterable))
            {
                switch (field.Kind)
                {
                    case DataFieldKind.Object:
                        pending.Enqueue(field.Shape!);
                        break;
                    case DataFieldKind.List:
                        Generate(generated, EntityInputs.ListFilterName(field.Shape!), EntityInputs.ListFilter(field.Shape!), field.Shape!.TypeName, errors);
                        pending.Enqueue(field.Shape!);
                        break;
                    default:
                        Generate(generated, OperationInputs.NameOf(field), OperationInputs.Sdl(field), string.Empty, errors);
                        break;
                }
            }
        }
    }

    private static void AddSorts(EntityShape root, SortedDictionary<string, (string Sdl, string Source)> generated, Dictionary<string, EntityShape> shapes, List<SchemaError> errors)
    {
        var pending = new Queue<EntityShape>([root]);
        var seen = new HashSet<EntityShape>();
        while (pending.TryDequeue(out var shape))
        {
            if (!seen.Add(shape) || !SameShape(shape, shapes, errors))
            {
                continue;
            }

            Generate(generated, shape.SortInputName, EntityInputs.Sort(shape), shape.TypeName, errors);
            foreach (var field in shape.Fields.Where(f => f.IsSortable && f.Kind == DataFieldKind.Object && f.Shape!.HasSorts))
            {
                pending.Enqueue(field.Shape!);
            }
        }
    }

    /// <summary>One shape per type name: two different declarations of one type would generate two different inputs of one name.</summary>
    private static bool SameShape(EntityShape shape, Dictionary<string, EntityShape> shapes, List<SchemaError> errors)
    {
        if (shapes.TryAdd(shape.TypeName, shape) || ReferenceEquals(shapes[shape.TypeName], shape))
        {
            return true;
        }

        var message = $"Two different EntityShape declarations are named \"{shape.TypeName}\": declare each entity's shape once and share it.";
        if (!errors.Any(e => e.Message == message))
        {
            errors.Add(new SchemaError(message));
        }

        return false;
    }

    private static FieldDefinitionNode? FindField(IReadOnlyList<DocumentNode> documents, string typeName, string fieldName)
    {
        foreach (var definition in documents.SelectMany(d => d.Definitions))
        {
            var fields = definition switch
            {
                ObjectTypeDefinitionNode type when type.Name.Value == typeName => type.Fields,
                ObjectTypeExtensionNode extension when extension.Name.Value == typeName => extension.Fields,
                _ => null,
            };
            if (fields?.FirstOrDefault(f => f.Name.Value == fieldName) is { } field)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary><paramref name="document"/> with HotChocolate's directives on its paged fields and their where/order arguments (where the SDL gives none).</summary>
    private static DocumentNode WithDirectives(DocumentNode document, Dictionary<string, ConnectionDeclaration> connections, DataOptions options)
    {
        var changed = false;
        var definitions = document.Definitions.Select(definition =>
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode type when Touches(type.Name.Value, type.Fields, connections):
                    changed = true;
                    return type with { Fields = [.. type.Fields.Select(f => WithDirectives(type.Name.Value, f, connections, options))] };
                case ObjectTypeExtensionNode extension when Touches(extension.Name.Value, extension.Fields, connections):
                    changed = true;
                    return extension with { Fields = [.. extension.Fields.Select(f => WithDirectives(extension.Name.Value, f, connections, options))] };
                default:
                    return definition;
            }
        }).ToList();
        return changed ? document with { Definitions = definitions } : document;
    }

    private static bool Touches(string typeName, IReadOnlyList<FieldDefinitionNode> fields, Dictionary<string, ConnectionDeclaration> connections) =>
        fields.Any(f => connections.ContainsKey(typeName + "." + f.Name.Value));

    private static FieldDefinitionNode WithDirectives(string typeName, FieldDefinitionNode field, Dictionary<string, ConnectionDeclaration> connections, DataOptions options)
    {
        if (!connections.TryGetValue(typeName + "." + field.Name.Value, out var declaration))
        {
            return field;
        }

        var slicing = field.Arguments.Select(a => a.Name.Value).Where(n => n is "first" or "last").ToList();
        var defaultSize = (declaration.DefaultPageSize ?? options.DefaultPageSize).ToString(CultureInfo.InvariantCulture);
        var maxSize = (declaration.MaxPageSize ?? options.MaxPageSize).ToString(CultureInfo.InvariantCulture);
        var listSize = slicing.Count > 0
            ? $"@listSize(assumedSize: {maxSize}, slicingArguments: [{string.Join(", ", slicing.Select(s => $"\"{s}\""))}], slicingArgumentDefaultValue: {defaultSize}, sizedFields: [\"edges\", \"nodes\"], requireOneSlicingArgument: false)"
            : $"@listSize(assumedSize: {defaultSize}, sizedFields: [\"edges\", \"nodes\"], requireOneSlicingArgument: false)";
        var added = new List<DirectiveNode>();
        if (!Has(field.Directives, CostDirectiveDefinitions.ListSize))
        {
            added.AddRange(Directives(listSize));
        }

        if (!Has(field.Directives, CostDirectiveDefinitions.Cost))
        {
            added.AddRange(Directives(OperationInputs.Cost(options.ConnectionWeight.ToString(CultureInfo.InvariantCulture))));
        }

        var argumentCost = Directives(OperationInputs.Cost(options.ArgumentWeight.ToString(CultureInfo.InvariantCulture)));
        var arguments = field.Arguments
            .Select(a => a.Name.Value is "where" or "order" && !Has(a.Directives, CostDirectiveDefinitions.Cost)
                ? a with { Directives = [.. a.Directives, .. argumentCost] }
                : a)
            .ToList();
        return field with { Arguments = arguments, Directives = [.. field.Directives, .. added] };
    }

    private static bool Has(IReadOnlyList<DirectiveNode> directives, string name) => directives.Any(d => d.Name.Value == name);

    /// <summary>Directive usages written as SDL text, parsed.</summary>
    private static IReadOnlyList<DirectiveNode> Directives(string text)
    {
        var document = Parser.Parse(new Source($"type T {{ f: Int {text} }}", "data conventions"));
        return ((ObjectTypeDefinitionNode)document.Definitions[0]).Fields[0].Directives;
    }
}
