using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>Everything one execution of one operation shares. What only some requests need (DataLoaders,
/// a user context, an error list) is made on first use.</summary>
internal sealed class OperationContext
{
    private readonly CollectedFields _collected = new();
    private readonly IDictionary<string, object?>? _requestUserContext;
    private IDictionary<string, object?>? _userContext;
    private DataLoaderScope? _dataLoaders;
    private List<GraphQLError>? _errors;
    private ResolveFieldContext? _reusableContext;

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
        _requestUserContext = request.UserContext;
        Options = options;
        CancellationToken = cancellationToken;
        Fragments = FieldCollection.FragmentsOf(document);
        Fields = new FieldCollection(schema, Fragments, variableValues);
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public object? RootValue { get; }

    public IServiceProvider? Services { get; }

    public IDictionary<string, object?> UserContext => _requestUserContext ?? (_userContext ??= new Dictionary<string, object?>());

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope DataLoaders => _dataLoaders ??= new DataLoaderScope();

    /// <summary>True when a resolver has asked for <see cref="DataLoaders"/> (only then can loads be pending).</summary>
    public bool HasDataLoaders => _dataLoaders is not null;

    public FieldCollection Fields { get; }

    /// <summary>The document's fragments by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Field errors in the order they were found. Only the executor's own flow adds to them (never concurrently).</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors ?? (IReadOnlyList<GraphQLError>)[];

    public void AddError(GraphQLError error) => (_errors ??= []).Add(error);

    /// <summary>The plan of the operation's root selection set.</summary>
    public SelectionPlan PlanRoot(ObjectType rootType)
    {
        Fields.Collect(rootType, Operation.SelectionSet, _collected);
        return SelectionPlan.Create(this, rootType, _collected);
    }

    /// <summary>The plan of the merged sub-selections of a field's nodes (spec 6.4.3 MergeSelectionSets).</summary>
    public SelectionPlan PlanSubfields(ObjectType objectType, IReadOnlyList<FieldNode> fieldNodes)
    {
        Fields.CollectSubfields(objectType, fieldNodes, _collected);
        return SelectionPlan.Create(this, objectType, _collected);
    }

    /// <summary>
    /// The context given to this library's own synchronous resolvers (<see cref="FieldResolution.Synchronous"/>):
    /// one instance, set anew for each field, as those resolvers never keep it past their return.
    /// </summary>
    public ResolveFieldContext ReusableContext => _reusableContext ??= new ResolveFieldContext(this);
}
