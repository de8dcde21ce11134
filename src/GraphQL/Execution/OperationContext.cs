using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>Everything one execution of one operation shares.</summary>
internal sealed class OperationContext
{
    private readonly Dictionary<(ObjectType, IReadOnlyList<FieldNode>), IReadOnlyList<KeyValuePair<string, List<FieldNode>>>> _subfields =
        new(SubfieldKeyComparer.Instance);

    public OperationContext(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variableValues,
        ExecutionRequest request,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        VariableValues = variableValues;
        RootValue = request.RootValue;
        Services = request.Services;
        UserContext = request.UserContext ?? new Dictionary<string, object?>();
        Options = options;
        CancellationToken = cancellationToken;
        Fields = new FieldCollection(schema, FieldCollection.FragmentsOf(document), variableValues);
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public object? RootValue { get; }

    public IServiceProvider? Services { get; }

    public IDictionary<string, object?> UserContext { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope DataLoaders { get; } = new();

    public FieldCollection Fields { get; }

    /// <summary>Field errors in the order they were found. Only the executor's own flow adds to it (never concurrently).</summary>
    public List<GraphQLError> Errors { get; } = [];

    /// <summary>The sub-fields of a field for one object type, collected once per request (not once per list item).</summary>
    public IReadOnlyList<KeyValuePair<string, List<FieldNode>>> SubfieldsOf(ObjectType type, IReadOnlyList<FieldNode> fieldNodes)
    {
        if (!_subfields.TryGetValue((type, fieldNodes), out var fields))
        {
            fields = [.. Fields.CollectSubfields(type, fieldNodes)];
            _subfields[(type, fieldNodes)] = fields;
        }

        return fields;
    }

    private sealed class SubfieldKeyComparer : IEqualityComparer<(ObjectType, IReadOnlyList<FieldNode>)>
    {
        public static readonly SubfieldKeyComparer Instance = new();

        public bool Equals((ObjectType, IReadOnlyList<FieldNode>) x, (ObjectType, IReadOnlyList<FieldNode>) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((ObjectType, IReadOnlyList<FieldNode>) key) =>
            HashCode.Combine(
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item2));
    }
}
