using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// An immutable, validated schema: root operation types, every named type (including the built-in
/// scalars and introspection types) and the directives. Build one with <c>SchemaBuilder</c>.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes;
    private readonly Dictionary<string, HashSet<string>> _possibleTypeNames;
    private IReadOnlyList<NamedType>? _typeList;
    private IReadOnlyList<DirectiveDefinition>? _directiveList;

    internal Schema(
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives,
        string? description)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _possibleTypes = ComputePossibleTypes(_types.Values);
        _possibleTypeNames = _possibleTypes.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(t => t.Name).ToHashSet(StringComparer.Ordinal));
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type by name, the built-in and introspection types included.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public IReadOnlyCollection<DirectiveDefinition> Directives => _directives.Values;

    /// <summary><see cref="Types"/> as a list, made once (introspection lists every type on each request).</summary>
    internal IReadOnlyList<NamedType> TypeList => _typeList ??= [.. _types.Values];

    /// <summary><see cref="Directives"/> as a list, made once.</summary>
    internal IReadOnlyList<DirectiveDefinition> DirectiveList => _directiveList ??= [.. _directives.Values];

    /// <summary>The SDL schema definition this schema was built from, if any.</summary>
    public SchemaDefinitionNode? AstNode { get; internal set; }

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types that a union contains or that implement an interface (directly or not).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.GetValueOrDefault(abstractType.Name) ?? [];

    /// <summary>True when <paramref name="maybeSubType"/> is a possible type of <paramref name="abstractType"/>
    /// (an object member of the union, or an object or interface implementing the interface).</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        if (_possibleTypeNames.TryGetValue(abstractType.Name, out var names) && names.Contains(maybeSubType.Name))
        {
            return true;
        }

        return abstractType is InterfaceType && maybeSubType is FieldsType fields
            && fields.Interfaces.Any(i => i.Name == abstractType.Name);
    }

    private static Dictionary<string, IReadOnlyList<ObjectType>> ComputePossibleTypes(IEnumerable<NamedType> types)
    {
        var result = new Dictionary<string, List<ObjectType>>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    Possible(union.Name).AddRange(union.Types);
                    break;
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        Possible(iface.Name).Add(obj);
                    }

                    break;
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<ObjectType>)p.Value, StringComparer.Ordinal);

        List<ObjectType> Possible(string name)
        {
            if (!result.TryGetValue(name, out var list))
            {
                list = [];
                result[name] = list;
            }

            return list;
        }
    }
}
