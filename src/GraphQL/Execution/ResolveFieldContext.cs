using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

internal sealed class ResolveFieldContext(
    OperationContext execution,
    object? source,
    IReadOnlyDictionary<string, object?> arguments,
    FieldDefinition fieldDefinition,
    ObjectType parentType,
    IReadOnlyList<FieldNode> fieldNodes,
    ResponsePath path) : IResolveFieldContext
{
    private IReadOnlyList<object>? _path;

    public object? Source => source;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public FieldDefinition FieldDefinition => fieldDefinition;

    public ObjectType ParentType => parentType;

    public IReadOnlyList<FieldNode> FieldNodes => fieldNodes;

    public IReadOnlyList<object> Path => _path ??= path.ToList();

    public Schema Schema => execution.Schema;

    public OperationDefinitionNode Operation => execution.Operation;

    public IReadOnlyDictionary<string, object?> VariableValues => execution.VariableValues;

    public IServiceProvider? Services => execution.Services;

    public IDictionary<string, object?> UserContext => execution.UserContext;

    public DataLoaderScope DataLoaders => execution.DataLoaders;

    public CancellationToken CancellationToken => execution.CancellationToken;
}
