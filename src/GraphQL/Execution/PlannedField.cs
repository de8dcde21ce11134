using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>How a planned field gets its value.</summary>
internal enum FieldResolution
{
    /// <summary><c>__typename</c>: the object type's name, answered by the executor.</summary>
    TypeName,

    /// <summary>No resolver anywhere: the parent value's member named like the field (<see cref="DefaultFieldResolver"/>).</summary>
    Member,

    /// <summary>This library's own synchronous resolver (<see cref="FieldDefinition.SynchronousResolver"/>), given a reused context.</summary>
    Synchronous,

    /// <summary>Any other resolver, given a context of its own (it may keep it).</summary>
    Resolver,
}

/// <summary>
/// One field of a <see cref="SelectionPlan"/>: its response key and slot, merged field nodes, definition
/// and how it is resolved, plus what stays the same for every object the plan runs on within one request
/// (the coerced arguments, the sub-selection's plan, the member reader of the last parent type seen), so
/// a list of 50 items coerces a field's arguments once, not 50 times.
/// </summary>
internal sealed class PlannedField
{
    private IReadOnlyDictionary<string, object?>? _arguments;
    private GraphQLException? _argumentError;
    private ObjectType? _childType;
    private SelectionPlan? _childPlan;
    private Dictionary<ObjectType, SelectionPlan>? _otherChildPlans;
    private Type? _memberOwner;
    private Func<object, object?>? _memberReader;

    public PlannedField(int slot, string key, FieldNode[] nodes, FieldDefinition definition, FieldResolver? defaultResolver)
    {
        Slot = slot;
        Key = key;
        Nodes = nodes;
        Definition = definition;
        Resolver = definition.Resolver ?? defaultResolver;
        SynchronousResolver = definition.SynchronousResolver;
        Resolution = SynchronousResolver is not null ? FieldResolution.Synchronous
            : Resolver is null || IsDefaultFieldResolver(Resolver) ? FieldResolution.Member
            : FieldResolution.Resolver;
    }

    private PlannedField(int slot, string key, FieldNode[] nodes)
    {
        Slot = slot;
        Key = key;
        Nodes = nodes;
        Definition = Introspection.TypeNameMetaField;
        Resolution = FieldResolution.TypeName;
    }

    public int Slot { get; }

    public string Key { get; }

    /// <summary>Every field node merged into this field (same response key), in document order.</summary>
    public FieldNode[] Nodes { get; }

    public FieldDefinition Definition { get; }

    public FieldResolution Resolution { get; }

    /// <summary>The resolver to call when <see cref="Resolution"/> is <see cref="FieldResolution.Resolver"/>.</summary>
    public FieldResolver? Resolver { get; }

    public Func<IResolveFieldContext, object?>? SynchronousResolver { get; }

    public static PlannedField TypeName(int slot, string key, FieldNode[] nodes) => new(slot, key, nodes);

    /// <summary>The field's coerced arguments, computed on first use in the request (they depend only on the
    /// field node, the definition and the request's variables). A coercion error is thrown on every use.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variableValues)
    {
        if (_arguments is not null)
        {
            return _arguments;
        }

        if (_argumentError is not null)
        {
            throw _argumentError;
        }

        try
        {
            return _arguments = ArgumentValues.Coerce(Definition.Arguments, Nodes[0].Arguments, variableValues, Nodes[0]);
        }
        catch (GraphQLException exception)
        {
            _argumentError = exception;
            throw;
        }
    }

    /// <summary>The member <see cref="Definition"/> names on <paramref name="source"/>, as <see cref="DefaultFieldResolver.GetMember"/>
    /// reads it; the reader of the last source type is kept, as list items share a type.</summary>
    public object? ReadMember(object? source)
    {
        if (source is not null && source.GetType() == _memberOwner)
        {
            return DefaultFieldResolver.Normalize(_memberReader!(source));
        }

        if (source is not null && DefaultFieldResolver.ReadsThroughAccessor(source)
            && DefaultFieldResolver.GetAccessor(source.GetType(), Definition.Name) is { } reader)
        {
            _memberOwner = source.GetType();
            _memberReader = reader;
            return DefaultFieldResolver.Normalize(reader(source));
        }

        return DefaultFieldResolver.GetMember(source, Definition.Name);
    }

    /// <summary>The plan of this field's sub-selection for <paramref name="objectType"/>, made once per request and type.</summary>
    public SelectionPlan GetChildPlan(OperationContext context, ObjectType objectType)
    {
        if (ReferenceEquals(objectType, _childType))
        {
            return _childPlan!;
        }

        if (_otherChildPlans is not null && _otherChildPlans.TryGetValue(objectType, out var other))
        {
            return other;
        }

        var plan = context.PlanSubfields(objectType, Nodes);
        if (_childType is null)
        {
            _childType = objectType;
            _childPlan = plan;
        }
        else
        {
            (_otherChildPlans ??= new Dictionary<ObjectType, SelectionPlan>(ReferenceEqualityComparer.Instance))[objectType] = plan;
        }

        return plan;
    }

    private static bool IsDefaultFieldResolver(FieldResolver resolver) =>
        resolver.Target is null && resolver.Method == DefaultResolveMethod;

    private static readonly System.Reflection.MethodInfo DefaultResolveMethod =
        typeof(DefaultFieldResolver).GetMethod(nameof(DefaultFieldResolver.Resolve))!;
}
