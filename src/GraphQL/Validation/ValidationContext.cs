using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation;

/// <summary>What the rules share while one document is validated: the schema, the document, type
/// information at the current node, fragment look-ups, variable usages, and the errors found.</summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, GraphQLOptions options, FieldLookup fieldLookup)
    {
        Schema = schema;
        Document = document;
        Options = options;
        FieldLookup = fieldLookup;
        TypeInfo = new TypeInfo(schema, fieldLookup);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public GraphQLOptions Options { get; }

    /// <summary>Type information at the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>How field definitions are found (meta-fields included).</summary>
    public FieldLookup FieldLookup { get; }

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

        var locations = nodes
            .Where(n => n?.Location is not null)
            .Select(n => new ErrorLocation(n!.Location!.Value.Line, n.Location.Value.Column))
            .ToList();
        _errors.Add(error(locations.Count > 0 ? locations : null));
    }

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads directly or in inline fragments of a selection set (not inside spread fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
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

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, through any depth of spreads, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(pending.Pop()))
            {
                if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used inside a node (an operation or fragment), with the types expected there.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(Node node)
    {
        if (_variableUsages.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var collector = new VariableUsageCollector(new TypeInfo(Schema, FieldLookup));
        collector.Walk(node);
        _variableUsages[node] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables an operation uses, in itself and in every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : AstWalker
    {
        public List<VariableUsage> Usages { get; } = [];

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
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValueOwner, typeInfo.ParentInputType));
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
