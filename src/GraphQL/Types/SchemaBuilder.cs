using System.Reflection;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL documents and C# bindings. Every object field must end up with a
/// resolver — bound by coordinate (<see cref="Resolve(string, FieldResolver)"/>), read from a property of a
/// bound C# type (<see cref="BindType{T}"/>), or the <see cref="DefaultResolver"/>. <see cref="Build"/> checks
/// the SDL, the spec's type system rules and the bindings, and throws one <see cref="SchemaBuildException"/>
/// listing every problem. Typed resolvers (<c>Resolve&lt;TInput&gt;</c>, <c>ResolveArguments&lt;T&gt;</c> in
/// <c>Execution.Binding</c>) and the mutation-payload convention (<c>BindError</c>, <c>BindPayload</c> in
/// <c>Conventions</c>) are extension methods checked by the same build.
/// </summary>
/// <example>
/// <code>
/// var schema = new SchemaBuilder()
///     .AddTypeDefinitions(sdl)
///     .Resolve("Query.user", ctx => users.Find((string)ctx.Arguments["id"]!))
///     .BindType&lt;User&gt;("User")
///     .BindEnum&lt;Direction&gt;("Direction")
///     .Build();
/// </code>
/// </example>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<SchemaError> _registrationErrors = [];
    private readonly Dictionary<string, FieldResolver> _resolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _typeBindings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _enumBindings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumValueMap> _enumValueMaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldResolverFactory> _resolverFactories = new(StringComparer.Ordinal);
    private readonly List<Action<Schema, List<SchemaError>>> _buildSteps = [];
    private readonly List<Action<Schema, List<SchemaError>>> _finalSteps = [];
    private readonly List<Func<IReadOnlyList<DocumentNode>, List<SchemaError>, IReadOnlyList<DocumentNode>>> _sdlSteps = [];
    private readonly Dictionary<string, ScalarType> _addedScalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _costs = new(StringComparer.Ordinal);

    /// <summary>SDL is the host's own, trusted text: no size or token limits, only the nesting limit.</summary>
    private static readonly ParserOptions SdlParserOptions = new() { MaxDocumentLength = 0, MaxTokens = 0 };

    /// <summary>
    /// The resolver of every object field that has no other — for mocks, <c>DefaultFieldResolver.Resolve</c>
    /// (reads a property, dictionary key or JSON member by the field's name). When null, a field without a
    /// resolver is a build error.
    /// </summary>
    public FieldResolver? DefaultResolver { get; set; }

    /// <summary>
    /// The type resolver of every interface and union that has no other (for mocks:
    /// <see cref="TypeResolvers.ByTypename"/>). When null such types keep none, and execution falls back
    /// to the value's <c>__typename</c> and the object types' <see cref="ObjectType.IsTypeOf"/> checks.
    /// </summary>
    public TypeResolver? DefaultTypeResolver { get; set; }

    /// <summary>
    /// Parses and adds an SDL document. Several documents (and extensions across them) make one schema.
    /// Throws <see cref="GraphQLSyntaxException"/> when the text is not valid GraphQL.
    /// </summary>
    public SchemaBuilder AddTypeDefinitions(string sdl, string sourceName = "schema")
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return AddTypeDefinitions(Parser.Parse(new Source(sdl, sourceName), SdlParserOptions));
    }

    /// <summary>Adds a parsed SDL document. Several documents (and extensions across them) make one schema.</summary>
    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Binds the resolver of an object type's field, by coordinate: <c>"Query.user"</c>.</summary>
    public SchemaBuilder Resolve(string coordinate, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        ArgumentNullException.ThrowIfNull(resolver);
        if (!_resolvers.TryAdd(coordinate, resolver))
        {
            _registrationErrors.Add(new SchemaError($"Two resolvers are bound to \"{coordinate}\"."));
        }

        return this;
    }

    /// <summary>Binds a synchronous resolver of an object type's field, by coordinate: <c>"Query.user"</c>.</summary>
    public SchemaBuilder Resolve(string coordinate, Func<IResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Resolve(coordinate, context => new ValueTask<object?>(resolver(context)));
    }

    /// <summary>
    /// Binds an object type to a C# type: each field without a resolver of its own reads the public
    /// instance property of the same name (<c>firstName</c> reads <c>FirstName</c>), and values of
    /// <typeparamref name="T"/> are recognised as this object type when an interface or union is resolved.
    /// </summary>
    public SchemaBuilder BindType<T>(string typeName) => BindType(typeName, typeof(T));

    /// <inheritdoc cref="BindType{T}(string)"/>
    public SchemaBuilder BindType(string typeName, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(clrType);
        if (!_typeBindings.TryAdd(typeName, clrType))
        {
            _registrationErrors.Add(new SchemaError($"Type \"{typeName}\" is bound twice, to {_typeBindings[typeName].Name} and to {clrType.Name}."));
        }

        return this;
    }

    /// <summary>
    /// Binds an enum type to a C# enum: each value maps to the member of the same name in PascalCase
    /// (<c>IN_PROGRESS</c> ↔ <c>InProgress</c>); resolvers then return and receive the C# members. A value
    /// without a member, or a member without a value, is a build error.
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string enumName)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(enumName);
        if (_enumValueMaps.ContainsKey(enumName))
        {
            _registrationErrors.Add(new SchemaError($"Enum \"{enumName}\" is bound twice, to {_enumValueMaps[enumName].Describe()} and to {typeof(TEnum).Name}."));
        }
        else if (!_enumBindings.TryAdd(enumName, typeof(TEnum)))
        {
            _registrationErrors.Add(new SchemaError($"Enum \"{enumName}\" is bound twice, to {_enumBindings[enumName].Name} and to {typeof(TEnum).Name}."));
        }

        return this;
    }

    /// <summary>
    /// Binds an enum type to a map from value name to C# value, for enums whose values are data rather than
    /// a C# enum (e.g. a list of topics defined once elsewhere): resolvers then receive and return the map's
    /// values. The SDL still lists the values (it is the contract); a value without an entry, or an entry
    /// without a value, is a build error naming <paramref name="valuesName"/> (e.g. "the taxonomy"), so the
    /// SDL and the source of the values cannot drift apart unnoticed. Values must be distinct.
    /// </summary>
    public SchemaBuilder BindEnum<TValue>(string enumName, IReadOnlyDictionary<string, TValue> values, string? valuesName = null)
        where TValue : notnull
    {
        ArgumentNullException.ThrowIfNull(enumName);
        ArgumentNullException.ThrowIfNull(values);
        var map = new EnumValueMap(
            values.ToDictionary(pair => pair.Key, pair => (object)pair.Value, StringComparer.Ordinal),
            typeof(TValue),
            valuesName);
        if (_enumBindings.TryGetValue(enumName, out var clrEnum))
        {
            _registrationErrors.Add(new SchemaError($"Enum \"{enumName}\" is bound twice, to {clrEnum.Name} and to {map.Describe()}."));
        }
        else if (!_enumValueMaps.TryAdd(enumName, map))
        {
            _registrationErrors.Add(new SchemaError($"Enum \"{enumName}\" is bound twice, to {_enumValueMaps[enumName].Describe()} and to {map.Describe()}."));
        }

        return this;
    }

    /// <summary>
    /// Binds the resolver of an object type's field, by coordinate, made at build time from the schema's field
    /// (after the SDL is assembled and every enum bound): typed resolvers use it to check their argument
    /// bindings against the field and report problems as build errors. The factory returns null when it
    /// reported an error.
    /// </summary>
    internal SchemaBuilder Resolve(string coordinate, FieldResolverFactory factory)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        ArgumentNullException.ThrowIfNull(factory);
        if (_resolvers.ContainsKey(coordinate) || !_resolverFactories.TryAdd(coordinate, factory))
        {
            _registrationErrors.Add(new SchemaError($"Two resolvers are bound to \"{coordinate}\"."));
        }

        return this;
    }

    /// <summary>
    /// Adds a step that <see cref="Build"/> runs once every resolver, type and enum is bound and before fields
    /// without resolvers are reported: conventions (such as mutation payloads) bind fields and check the
    /// schema there, reporting problems to the list.
    /// </summary>
    internal SchemaBuilder AddBuildStep(Action<Schema, List<SchemaError>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _buildSteps.Add(step);
        return this;
    }

    /// <summary>
    /// Adds a step that <see cref="Build"/> runs last, once every field has its resolver (the default one
    /// included): conventions that wrap resolvers (such as authorization) go here.
    /// </summary>
    internal SchemaBuilder AddFinalStep(Action<Schema, List<SchemaError>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _finalSteps.Add(step);
        return this;
    }

    /// <summary>
    /// Adds a step that <see cref="Build"/> runs on the SDL documents before they are assembled: it returns the
    /// documents to assemble — the same, changed, or with more. Conventions that generate SDL from declarations
    /// (the data conventions' connection, filter and sort types) use it, reporting problems to the list.
    /// </summary>
    internal SchemaBuilder AddSdlStep(Func<IReadOnlyList<DocumentNode>, List<SchemaError>, IReadOnlyList<DocumentNode>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _sdlSteps.Add(step);
        return this;
    }

    /// <summary>The C# types bound to object types with <see cref="BindType{T}"/>, by type name.</summary>
    internal IReadOnlyDictionary<string, Type> TypeBindings => _typeBindings;

    /// <summary>
    /// Supplies the implementation of a custom scalar that the SDL declares (<c>scalar Money</c>). The SDL's
    /// description and <c>@specifiedBy</c>, when given, are set on it; use one instance per schema.
    /// <see cref="DateTimeScalarType"/> and <see cref="DateScalarType"/> are available without this.
    /// </summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (BuiltInScalars.IsBuiltIn(scalar.Name))
        {
            _registrationErrors.Add(new SchemaError($"The built-in scalar \"{scalar.Name}\" cannot be replaced."));
        }
        else if (!_addedScalars.TryAdd(scalar.Name, scalar))
        {
            _registrationErrors.Add(new SchemaError($"Scalar \"{scalar.Name}\" is added twice."));
        }

        return this;
    }

    /// <summary>Sets how the object type of a value of an interface or union is found: by returning its name.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(abstractTypeName);
        ArgumentNullException.ThrowIfNull(resolver);
        if (!_typeResolvers.TryAdd(abstractTypeName, resolver))
        {
            _registrationErrors.Add(new SchemaError($"Two type resolvers are bound to \"{abstractTypeName}\"."));
        }

        return this;
    }

    /// <summary>Sets the check that a value belongs to an object type (used to resolve interfaces and unions).</summary>
    public SchemaBuilder IsTypeOf(string objectTypeName, Func<object, bool> isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(objectTypeName);
        ArgumentNullException.ThrowIfNull(isTypeOf);
        if (!_isTypeOf.TryAdd(objectTypeName, isTypeOf))
        {
            _registrationErrors.Add(new SchemaError($"Two IsTypeOf checks are bound to \"{objectTypeName}\"."));
        }

        return this;
    }

    /// <summary>Sets the cost of a field (default 1) for the max-cost validation rule, by coordinate: <c>"Query.search"</c>.</summary>
    public SchemaBuilder SetCost(string coordinate, int cost)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        if (!_costs.TryAdd(coordinate, cost))
        {
            _registrationErrors.Add(new SchemaError($"Two costs are set for \"{coordinate}\"."));
        }

        return this;
    }

    /// <summary>Builds the schema, or throws <see cref="SchemaBuildException"/> listing every problem found.</summary>
    public Schema Build()
    {
        var errors = new List<SchemaError>();
        if (_documents.Count == 0)
        {
            throw new SchemaBuildException([new SchemaError("No type definitions were added: call AddTypeDefinitions with the schema's SDL.")]);
        }

        var implementations = new Dictionary<string, ScalarType>(StringComparer.Ordinal)
        {
            ["DateTime"] = new DateTimeScalarType(),
            ["Date"] = new DateScalarType(),
        };
        foreach (var (name, scalar) in _addedScalars)
        {
            implementations[name] = scalar;
        }

        IReadOnlyList<DocumentNode> documents = _documents;
        foreach (var step in _sdlSteps)
        {
            documents = step(documents, errors);
        }

        var assembled = new SchemaAssembler(errors, implementations).Assemble(documents);
        foreach (var name in _addedScalars.Keys.Where(n => !assembled.DeclaredScalarNames.Contains(n)))
        {
            errors.Add(new SchemaError($"Scalar \"{name}\" was added with AddScalar, but the SDL declares no \"scalar {name}\"."));
        }

        var schema = new Schema(
            assembled.QueryType ?? new ObjectType("Query"),
            assembled.MutationType,
            assembled.SubscriptionType,
            assembled.Types,
            assembled.Directives,
            assembled.Description)
        {
            AstNode = assembled.AstNode,
        };

        errors.AddRange(SchemaValidator.Validate(schema));
        errors.AddRange(_registrationErrors);
        Bind(schema, errors);

        if (errors.Count > 0)
        {
            throw new SchemaBuildException(errors);
        }

        return schema;
    }

    private void Bind(Schema schema, List<SchemaError> errors)
    {
        foreach (var coordinate in _resolvers.Keys.Where(_resolverFactories.ContainsKey))
        {
            errors.Add(new SchemaError($"Two resolvers are bound to \"{coordinate}\"."));
        }

        foreach (var (coordinate, resolver) in _resolvers)
        {
            if (FindField(schema, coordinate, "A resolver", objectsOnly: true, errors) is { } field)
            {
                field.Resolver = resolver;
            }
        }

        foreach (var (coordinate, cost) in _costs)
        {
            if (FindField(schema, coordinate, "A cost", objectsOnly: false, errors) is { } field)
            {
                field.Cost = cost;
            }
        }

        // @cost weights from the SDL become field costs (SetCost's stay), @listSize is read for MaxCost.
        CostDirectives.Apply(schema, _costs.Keys, errors);

        foreach (var (typeName, clrType) in _typeBindings)
        {
            if (UserType<ObjectType>(schema, typeName, $"Type \"{typeName}\" is bound to {clrType.Name}", "an object type", errors) is { } objectType)
            {
                BindProperties(objectType, clrType);
                objectType.IsTypeOf = clrType.IsInstanceOfType;
            }
        }

        foreach (var (typeName, isTypeOf) in _isTypeOf)
        {
            if (UserType<ObjectType>(schema, typeName, $"An IsTypeOf check is bound to \"{typeName}\"", "an object type", errors) is { } objectType)
            {
                objectType.IsTypeOf = isTypeOf;
            }
        }

        foreach (var (enumName, clrEnum) in _enumBindings)
        {
            if (UserType<EnumType>(schema, enumName, $"Enum \"{enumName}\" is bound to {clrEnum.Name}", "an enum type", errors) is { } enumType)
            {
                BindEnumValues(enumType, clrEnum, errors);
            }
        }

        foreach (var (enumName, map) in _enumValueMaps)
        {
            if (UserType<EnumType>(schema, enumName, $"Enum \"{enumName}\" is bound to {map.Describe()}", "an enum type", errors) is { } enumType)
            {
                map.BindTo(enumType, errors);
            }
        }

        foreach (var (typeName, resolver) in _typeResolvers)
        {
            switch (schema.GetType(typeName))
            {
                case InterfaceType iface when !Introspection.IsIntrospectionType(iface):
                    iface.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                case null:
                    errors.Add(new SchemaError($"A type resolver is bound to \"{typeName}\", but the schema has no type \"{typeName}\"."));
                    break;
                default:
                    errors.Add(new SchemaError($"A type resolver is bound to \"{typeName}\", but \"{typeName}\" is not an interface or union type."));
                    break;
            }
        }

        foreach (var (coordinate, factory) in _resolverFactories)
        {
            if (FindField(schema, coordinate, "A resolver", objectsOnly: true, errors) is { } field)
            {
                // A factory that failed has reported why; the field counts as bound, so it is not reported again as unbound.
                field.Resolver = factory(schema, field, errors) ?? FailedBinding;
            }
        }

        foreach (var step in _buildSteps)
        {
            step(schema, errors);
        }

        foreach (var type in schema.Types.Values)
        {
            if (Introspection.IsIntrospectionType(type))
            {
                continue;
            }

            switch (type)
            {
                case ObjectType objectType:
                    foreach (var field in objectType.Fields.Where(f => f.Resolver is null))
                    {
                        if (DefaultResolver is not null)
                        {
                            field.Resolver = DefaultResolver;
                        }
                        else
                        {
                            errors.Add(new SchemaError(MissingResolverMessage(objectType, field), field.AstNode?.Name));
                        }
                    }

                    break;
                case InterfaceType iface when iface.ResolveType is null:
                    iface.ResolveType = DefaultTypeResolver;
                    break;
                case UnionType union when union.ResolveType is null:
                    union.ResolveType = DefaultTypeResolver;
                    break;
            }
        }

        foreach (var step in _finalSteps)
        {
            step(schema, errors);
        }
    }

    /// <summary>Stands in for a resolver whose factory failed; the build fails, so it never runs.</summary>
    private static readonly FieldResolver FailedBinding = _ => throw new InvalidOperationException("This field's resolver could not be bound.");

    private string MissingResolverMessage(ObjectType type, FieldDefinition field)
    {
        var coordinate = $"{type.Name}.{field.Name}";
        return _typeBindings.TryGetValue(type.Name, out var clrType)
            ? $"Field \"{coordinate}\" has no resolver: {clrType.Name} has no public property {NameConventions.ToPascalCase(field.Name)}, and none is bound with Resolve(\"{coordinate}\", ...)."
            : $"Field \"{coordinate}\" has no resolver: bind one with Resolve(\"{coordinate}\", ...) or bind the type with BindType<T>(\"{type.Name}\").";
    }

    /// <summary>The field a coordinate names, or null after reporting why there is none.</summary>
    private static FieldDefinition? FindField(Schema schema, string coordinate, string what, bool objectsOnly, List<SchemaError> errors)
    {
        var parts = coordinate.Split('.');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            errors.Add(new SchemaError($"{what} is bound to \"{coordinate}\", which is not a field coordinate of the form \"Type.field\"."));
            return null;
        }

        var (typeName, fieldName) = (parts[0], parts[1]);
        var type = schema.GetType(typeName);
        switch (type)
        {
            case null:
                errors.Add(new SchemaError($"{what} is bound to \"{coordinate}\", but the schema has no type \"{typeName}\"."));
                return null;
            case FieldsType when Introspection.IsIntrospectionType(type):
                errors.Add(new SchemaError($"{what} is bound to \"{coordinate}\", but \"{typeName}\" is an introspection type."));
                return null;
            case InterfaceType when objectsOnly:
                errors.Add(new SchemaError($"{what} is bound to \"{coordinate}\", but \"{typeName}\" is an interface: bind resolvers to the fields of the object types that implement it."));
                return null;
            case FieldsType fieldsType:
                var field = fieldsType.GetField(fieldName);
                if (field is null)
                {
                    errors.Add(new SchemaError($"{what} is bound to \"{coordinate}\", but type \"{typeName}\" has no field \"{fieldName}\".", type.AstNode?.Name));
                }

                return field;
            default:
                errors.Add(new SchemaError($"{what} is bound to \"{coordinate}\", but \"{typeName}\" is not an object type."));
                return null;
        }
    }

    private static T? UserType<T>(Schema schema, string typeName, string what, string expected, List<SchemaError> errors)
        where T : NamedType
    {
        var type = schema.GetType(typeName);
        if (type is null)
        {
            errors.Add(new SchemaError($"{what}, but the schema has no type \"{typeName}\"."));
            return null;
        }

        if (type is not T typed || Introspection.IsIntrospectionType(type))
        {
            errors.Add(new SchemaError($"{what}, but \"{typeName}\" is not {expected}.", type.AstNode?.Name));
            return null;
        }

        return typed;
    }

    private static void BindProperties(ObjectType objectType, Type clrType)
    {
        var properties = clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .ToList();
        foreach (var field in objectType.Fields.Where(f => f.Resolver is null))
        {
            var pascal = NameConventions.ToPascalCase(field.Name);
            var property = properties.FirstOrDefault(p => p.Name == pascal)
                ?? properties.FirstOrDefault(p => p.Name == field.Name)
                ?? SingleOrNull(properties.Where(p => string.Equals(p.Name, field.Name, StringComparison.OrdinalIgnoreCase)));
            if (property is not null)
            {
                field.ResolveSynchronously(PropertyResolver(property, clrType));
            }
        }
    }

    private static PropertyInfo? SingleOrNull(IEnumerable<PropertyInfo> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    private static Func<IResolveFieldContext, object?> PropertyResolver(PropertyInfo property, Type clrType)
    {
        var read = MemberAccessors.ForProperty(property);
        return context =>
        {
            var source = context.Source;
            if (source is null || !clrType.IsInstanceOfType(source))
            {
                throw new InvalidOperationException(
                    $"Field {context.ParentType.Name}.{context.FieldDefinition.Name} reads {clrType.Name}.{property.Name}, but its parent value is {source?.GetType().Name ?? "null"}.");
            }

            return read(source);
        };
    }

    private static void BindEnumValues(EnumType enumType, Type clrEnum, List<SchemaError> errors)
    {
        var memberNames = Enum.GetNames(clrEnum);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var mapping = new List<(EnumValueDefinition Value, string Member)>();
        foreach (var value in enumType.Values)
        {
            var expected = NameConventions.UpperSnakeToPascalCase(value.Name);
            var member = memberNames.FirstOrDefault(m => m == expected) ?? memberNames.FirstOrDefault(m => m == value.Name);
            if (member is null)
            {
                errors.Add(new SchemaError(
                    $"Enum value \"{enumType.Name}.{value.Name}\" has no member in C# enum {clrEnum.Name} (expected {clrEnum.Name}.{expected}).",
                    value.AstNode?.Name));
                continue;
            }

            matched.Add(member);
            mapping.Add((value, member));
        }

        foreach (var member in memberNames.Where(m => !matched.Contains(m)))
        {
            errors.Add(new SchemaError(
                $"C# enum member {clrEnum.Name}.{member} has no value in enum \"{enumType.Name}\" (expected {NameConventions.PascalCaseToUpperSnake(member)}).",
                enumType.AstNode?.Name));
        }

        foreach (var (value, member) in mapping)
        {
            value.Value = Enum.Parse(clrEnum, member);
        }
    }
}
