using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation.Cost;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// What the rules share while one document is validated: the schema, the document, type information at
/// the current node, fragment look-ups, variable usages, each rule's own per-document state
/// (<see cref="GetState{TState}"/>), and the errors found. The validator keeps one context per thread and
/// resets it for every document, so its look-up tables and the rules' states are reused, not made anew.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<SelectionSetNode> _pendingSelectionSets = new();
    private readonly Stack<SelectionSetNode> _pendingFragmentSets = new();
    private readonly HashSet<string> _seenFragmentNames = new(StringComparer.Ordinal);
    private VariableUsageCollector? _variableUsageCollector;
    private ValidationRuleState?[] _states = [];
    private List<CostPlan>? _deferredCosts;

    public ValidationContext(Schema schema, DocumentNode document, GraphQLOptions options, FieldLookup fieldLookup)
    {
        TypeInfo = new TypeInfo(schema, fieldLookup);
        Reset(schema, document, options, fieldLookup);
    }

    /// <summary>Prepares the context for another document (the lists and tables are kept, emptied).</summary>
    internal void Reset(Schema schema, DocumentNode document, GraphQLOptions options, FieldLookup fieldLookup)
    {
        Schema = schema;
        Document = document;
        Options = options;
        FieldLookup = fieldLookup;
        TypeInfo.Reset(schema, fieldLookup);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    /// <summary>Forgets the document (so a context at rest holds no request's nodes) and returns the errors found.</summary>
    internal IReadOnlyList<GraphQLError> Finish(GraphQLError? lastError = null)
    {
        IReadOnlyList<GraphQLError> errors = _errors.Count == 0 && lastError is null
            ? []
            : lastError is null ? [.. _errors] : [.. _errors, lastError];
        _errors.Clear();
        _fragments.Clear();
        _spreads.Clear();
        _recursiveFragments.Clear();
        _variableUsages.Clear();
        _recursiveVariableUsages.Clear();
        for (var i = 0; i < _states.Length; i++)
        {
            _states[i]?.Clear();
        }

        Document = null!;
        DeferVariableCosts = false;
        _deferredCosts = null;
        return errors;
    }

    /// <summary>
    /// True when the document is validated for requests that bring variables (see
    /// <see cref="DocumentValidator.ValidateForRequests"/>): the cost of an operation that variables affect is then
    /// left to each request instead of being priced at its worst case.
    /// </summary>
    internal bool DeferVariableCosts { get; set; }

    /// <summary>Keeps an operation's cost plan for the requests (when <see cref="DeferVariableCosts"/>).</summary>
    internal void DeferCost(CostPlan plan) => (_deferredCosts ??= []).Add(plan);

    /// <summary>The plans kept by <see cref="DeferCost"/> for the document being validated; null when none.</summary>
    internal CostPlan[]? DeferredCosts => _deferredCosts?.ToArray();

    /// <summary>
    /// The per-document state of a rule (rules are shared by all validations, so they keep nothing in
    /// fields): made on first use, and cleared when the document's validation ends.
    /// </summary>
    public TState GetState<TState>()
        where TState : ValidationRuleState, new()
    {
        var slot = ValidationRuleState.SlotOf<TState>.Index;
        if (slot >= _states.Length)
        {
            Array.Resize(ref _states, Math.Max(slot + 1, _states.Length * 2));
        }

        var state = _states[slot];
        if (state is null)
        {
            state = new TState();
            _states[slot] = state;
        }

        return (TState)state;
    }

    public Schema Schema { get; private set; } = null!;

    public DocumentNode Document { get; private set; } = null!;

    public GraphQLOptions Options { get; private set; } = null!;

    /// <summary>Type information at the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>How field definitions are found (meta-fields included).</summary>
    public FieldLookup FieldLookup { get; private set; } = null!;

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Records an error located at the given nodes, with code GRAPHQL_VALIDATION_FAILED.</summary>
    public void ReportError(string message, params Node?[] nodes) =>
        Report(locations => GraphQLError.WithCode(message, ErrorCodes.ValidationFailed, locations), nodes);

    /// <summary>
    /// Records an error of an engine limit checked by validation (depth, cost): code GRAPHQL_VALIDATION_FAILED,
    /// like any rule's, and <c>extensions.limit</c> naming the <see cref="GraphQLOptions"/> property.
    /// </summary>
    public void ReportLimitError(string message, string limit, params Node?[] nodes) =>
        Report(locations => GraphQLError.WithLimit(message, ErrorCodes.ValidationFailed, limit, locations), nodes);

    private void Report(Func<IReadOnlyList<ErrorLocation>?, GraphQLError> error, Node?[] nodes)
    {
        if (_errors.Count >= Options.MaxValidationErrors)
        {
            throw new ValidationAbortedException(limit: nameof(GraphQLOptions.MaxValidationErrors));
        }

        List<ErrorLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                (locations ??= []).Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        _errors.Add(error(locations));
    }

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads directly or in inline fragments of a selection set (not inside spread fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        List<FragmentSpreadNode>? spreads = null;
        var pending = _pendingSelectionSets;
        pending.Clear();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            var selections = pending.Pop().Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        IReadOnlyList<FragmentSpreadNode> found = spreads ?? (IReadOnlyList<FragmentSpreadNode>)[];
        _spreads[selectionSet] = found;
        return found;
    }

    /// <summary>Every fragment an operation uses, through any depth of spreads, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        List<FragmentDefinitionNode>? fragments = null;
        var seen = _seenFragmentNames;
        seen.Clear();
        var pending = _pendingFragmentSets;
        pending.Clear();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            var spreads = GetFragmentSpreads(pending.Pop());
            for (var i = 0; i < spreads.Count; i++)
            {
                var name = spreads[i].Name.Value;
                if (seen.Add(name) && GetFragment(name) is { } fragment)
                {
                    (fragments ??= []).Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        IReadOnlyList<FragmentDefinitionNode> found = fragments ?? (IReadOnlyList<FragmentDefinitionNode>)[];
        _recursiveFragments[operation] = found;
        return found;
    }

    /// <summary>The variables used inside a node (an operation or fragment), with the types expected there.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(Node node)
    {
        if (_variableUsages.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var collector = _variableUsageCollector ??= new VariableUsageCollector(new TypeInfo(Schema, FieldLookup));
        var usages = collector.Collect(node, Schema, FieldLookup);
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>The variables an operation uses, in itself and in every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = GetVariableUsages(operation);
        List<VariableUsage>? all = null;
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            var fragmentUsages = GetVariableUsages(fragment);
            if (fragmentUsages.Count > 0)
            {
                (all ??= [.. usages]).AddRange(fragmentUsages);
            }
        }

        IReadOnlyList<VariableUsage> found = all ?? usages;
        _recursiveVariableUsages[operation] = found;
        return found;
    }

    /// <summary>Walks one operation or fragment for its variable usages; one instance serves every walk.</summary>
    private sealed class VariableUsageCollector(TypeInfo typeInfo) : AstWalker
    {
        private List<VariableUsage>? _usages;

        public IReadOnlyList<VariableUsage> Collect(Node node, Schema schema, FieldLookup fieldLookup)
        {
            typeInfo.Reset(schema, fieldLookup);
            _usages = null;
            Walk(node);
            return _usages ?? (IReadOnlyList<VariableUsage>)[];
        }

        protected override bool Enter(Node node)
        {
            typeInfo.Enter(node);
            if (node is VariableDefinitionNode)
            {
                // A variable's own definition is not a usage (nor is its default value).
                return false;
            }

            if (node is VariableNode variable)
            {
                (_usages ??= []).Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValueOwner, typeInfo.ParentInputType));
            }

            return true;
        }

        protected override void Leave(Node node) => typeInfo.Leave(node);
    }
}

/// <summary>
/// Thrown inside validation when the error limit is reached, or when a rule would take too much work; the
/// validator turns it into one last error with this message (the error-limit message when none is given)
/// and <c>extensions.limit</c> naming the <see cref="GraphQLOptions"/> limit that stopped it.
/// </summary>
internal sealed class ValidationAbortedException(string? reason = null, string? limit = null) : Exception(reason)
{
    public string? Reason { get; } = reason;

    public string? Limit { get; } = limit;
}
