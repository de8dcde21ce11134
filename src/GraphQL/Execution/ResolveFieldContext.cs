using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// What a resolver is told about its field. A resolver that may keep it (any user resolver) gets an
/// instance of its own; this library's own synchronous resolvers share one that the executor sets anew
/// for each field (<see cref="OperationContext.ReusableContext"/>). The path is built only when read.
/// </summary>
internal sealed class ResolveFieldContext(OperationContext execution) : IResolveFieldContext
{
    private object? _source;
    private IReadOnlyDictionary<string, object?> _arguments = null!;
    private PlannedField _field = null!;
    private ObjectType _parentType = null!;
    private ResultNode _container = null!;
    private IReadOnlyList<object>? _path;

    public ResolveFieldContext(
        OperationContext execution,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        PlannedField field,
        ObjectType parentType,
        ResultNode container)
        : this(execution)
    {
        Set(source, arguments, field, parentType, container);
    }

    public object? Source => _source;

    public IReadOnlyDictionary<string, object?> Arguments => _arguments;

    public FieldDefinition FieldDefinition => _field.Definition;

    public ObjectType ParentType => _parentType;

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public IReadOnlyList<object> Path => _path ??= ResultPath.Of(_container, _field.Slot);

    public Schema Schema => execution.Schema;

    public OperationDefinitionNode Operation => execution.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => execution.Fragments;

    public IReadOnlyDictionary<string, object?> VariableValues => execution.VariableValues;

    public IServiceProvider? Services => execution.Services;

    public IDictionary<string, object?> UserContext => execution.UserContext;

    public DataLoaderScope DataLoaders => execution.DataLoaders;

    public CancellationToken CancellationToken => execution.CancellationToken;

    /// <summary>Points this context at another field (the reused context only).</summary>
    public void Set(object? source, IReadOnlyDictionary<string, object?> arguments, PlannedField field, ObjectType parentType, ResultNode container)
    {
        _source = source;
        _arguments = arguments;
        _field = field;
        _parentType = parentType;
        _container = container;
        _path = null;
    }
}
