using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Cost;

/// <summary>
/// Walks one operation and writes its cost as a <see cref="CostPlan"/>: what literals and the schema decide is
/// added up at once, what variables decide becomes steps (see <see cref="CostStep"/>). The formula is
/// <see cref="Rules.Custom.MaxCost"/>'s. Kept as the rule's per-document state, so its tables are reused;
/// each fragment is walked once per operation (and per size a parent's <c>sizedFields</c> gives it).
/// </summary>
internal sealed class CostPlanner : ValidationRuleState
{
    private readonly Dictionary<(string Name, SizedFields? Sized), CostTerm> _fragmentCosts = [];
    private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);
    private readonly List<CostStep> _steps = [];
    private readonly List<SlicingCheck> _checks = [];

    /// <summary>The steps of the selection sets being walked, innermost last (each selection set takes its own off the end).</summary>
    private readonly List<int> _pendingSteps = [];
    private readonly List<SizeCandidate> _candidates = [];
    private readonly List<VariableInput> _inputs = [];
    private ValidationContext context = null!;
    private OperationDefinitionNode operation = null!;
    private CostDirectives _directives = null!;
    private bool _deferVariableChecks;
    private CostTerm _cost = CostTerm.Zero;

    /// <summary>The size a parent's <c>@listSize(sizedFields:)</c> gives the fields of the selection set being counted.</summary>
    private SizedFields? _sized;

    /// <summary>True when the operation's cost or a slicing check depends on the request's variables.</summary>
    public bool DependsOnVariables => _cost.Step >= 0 || _checks.Count > 0;

    /// <summary>
    /// Plans <paramref name="measured"/>. Slicing checks that no variable decides are reported at once; those a
    /// variable decides too, unless <paramref name="deferVariableChecks"/> keeps them for the requests.
    /// </summary>
    public void Plan(ValidationContext validation, OperationDefinitionNode measured, bool deferVariableChecks)
    {
        Clear();
        context = validation;
        operation = measured;
        _directives = CostDirectives.Of(validation.Schema);
        _deferVariableChecks = deferVariableChecks;
        _cost = context.Schema.GetRootType(operation.Operation) is { } root ? SelectionSetCost(root, operation.SelectionSet) : CostTerm.Zero;
    }

    /// <summary>The planned operation's cost for the document alone (variables at their worst case).</summary>
    public long DocumentCost() => CostPlan.Evaluate(_cost.Fixed, _cost.Step, _steps, null);

    /// <summary>The plan to keep for the requests.</summary>
    public CostPlan ToPlan() => new(operation, _cost.Fixed, _cost.Step, [.. _steps], [.. _checks]);

    public override void Clear()
    {
        _fragmentCosts.Clear();
        _fragmentsInProgress.Clear();
        _steps.Clear();
        _checks.Clear();
        _pendingSteps.Clear();
        _candidates.Clear();
        _inputs.Clear();
        context = null!;
        operation = null!;
        _directives = null!;
        _sized = null;
        _cost = CostTerm.Zero;
    }

    private CostTerm SelectionSetCost(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var start = _pendingSteps.Count;
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var term = selection switch
            {
                FieldNode field => FieldCost(parentType, field),
                InlineFragmentNode inline => SelectionSetCost(
                    inline.TypeCondition is null ? parentType : context.Schema.GetType(inline.TypeCondition.Name.Value),
                    inline.SelectionSet),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value),
                _ => CostTerm.Zero,
            };
            total = CostArithmetic.Add(total, term.Fixed);
            if (term.Step >= 0)
            {
                _pendingSteps.Add(term.Step);
            }
        }

        return new CostTerm(total, TakeSteps(start));
    }

    /// <summary>One step for the steps pending since <paramref name="start"/> (a sum when there are several); −1 for none.</summary>
    private int TakeSteps(int start)
    {
        var count = _pendingSteps.Count - start;
        if (count == 0)
        {
            return -1;
        }

        if (count == 1)
        {
            var only = _pendingSteps[start];
            _pendingSteps.RemoveAt(start);
            return only;
        }

        var parts = _pendingSteps.GetRange(start, count).ToArray();
        _pendingSteps.RemoveRange(start, count);
        return AddStep(new SumStep(parts));
    }

    private int AddStep(CostStep step)
    {
        _steps.Add(step);
        return _steps.Count - 1;
    }

    private CostTerm FieldCost(NamedType? parentType, FieldNode field)
    {
        if (field.Name.Value.StartsWith("__", StringComparison.Ordinal))
        {
            return CostTerm.Zero;
        }

        var definition = parentType is null ? null : context.FieldLookup(context.Schema, parentType, field.Name.Value);
        var start = _pendingSteps.Count;
        long own = definition is null ? 0 : OwnCost(definition, field);
        var inherited = _sized is { } sized && sized.Names.Contains(field.Name.Value) ? sized.Size : (ListSizeValue?)null;
        if (field.SelectionSet is null)
        {
            return new CostTerm(own, TakeSteps(start));
        }

        var listSize = definition is null ? null : _directives.ListSizeOf(definition);
        var isList = definition is not null && definition.Type.GetNullableType() is ListType;
        var directiveSize = listSize is null ? (ListSizeValue?)null : DirectiveListSize(listSize, definition!, field);
        var size = isList ? inherited ?? directiveSize ?? ArgumentListSize(field) : ListSizeValue.One;
        var outer = _sized;
        _sized = listSize is { SizedFields.Count: > 0 } ? new SizedFields(listSize.SizedFields, directiveSize!.Value) : null;
        var children = SelectionSetCost(definition?.Type.GetNamedType(), field.SelectionSet);
        _sized = outer;
        if (children.Step < 0 && size.Variable is null)
        {
            return new CostTerm(CostArithmetic.Add(own, CostArithmetic.Multiply(children.Fixed, size.Fixed)), TakeSteps(start));
        }

        _pendingSteps.Add(AddStep(new ListStep(size.Fixed, size.Variable, children.Fixed, children.Step)));
        return new CostTerm(own, TakeSteps(start));
    }

    /// <summary>
    /// The field's weight plus those of the arguments given (and of the input fields given inside literal input
    /// objects), never below zero; input objects given by variables make it a step priced per request.
    /// </summary>
    private long OwnCost(FieldDefinition definition, FieldNode field)
    {
        _inputs.Clear();
        long total = definition.Cost;
        foreach (var argument in field.Arguments)
        {
            if (definition.GetArgument(argument.Name.Value) is { } argumentDefinition)
            {
                total += _directives.WeightOf(argumentDefinition) + InputCost(argument.Value, argumentDefinition.Type);
            }
        }

        if (_inputs.Count == 0)
        {
            return Math.Max(0, total);
        }

        _pendingSteps.Add(AddStep(new FieldOwnStep(total, [.. _inputs], _directives)));
        return 0;
    }

    private long InputCost(ValueNode value, GraphQLType type)
    {
        if (!_directives.HasInputWeights)
        {
            return 0;
        }

        long total = 0;
        switch (value)
        {
            case ListValueNode list when type.GetNullableType() is ListType listType:
                foreach (var item in list.Values)
                {
                    total += InputCost(item, listType.OfType);
                }

                break;
            case ObjectValueNode input when type.GetNamedType() is InputObjectType inputType:
                foreach (var given in input.Fields)
                {
                    if (inputType.GetField(given.Name.Value) is { } fieldDefinition)
                    {
                        total += _directives.WeightOf(fieldDefinition) + InputCost(given.Value, fieldDefinition.Type);
                    }
                }

                break;
            case VariableNode variable when type.GetNamedType() is InputObjectType:
                _inputs.Add(new VariableInput(variable.Name.Value, type));
                break;
        }

        return total;
    }

    /// <summary>A list's size by its <c>@listSize</c>; checks that exactly one slicing argument is given when that is required.</summary>
    private ListSizeValue DirectiveListSize(ListSizeDirective listSize, FieldDefinition definition, FieldNode field)
    {
        _candidates.Clear();
        var arguments = new SlicingArgument[listSize.SlicingArguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var name = listSize.SlicingArguments[i];
            var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == name);
            arguments[i] = argument?.Value switch
            {
                null or NullValueNode => new SlicingArgument(false, null),
                VariableNode variable => new SlicingArgument(false, variable.Name.Value),
                _ => new SlicingArgument(true, null),
            };
            AddCandidate(argument?.Value ?? definition.GetArgument(name)?.DefaultValue);
        }

        if (listSize.RequireOneSlicingArgument && arguments.Length > 0)
        {
            var defaulted = listSize.SlicingArguments.Any(n => definition.GetArgument(n)?.DefaultValue is not null);
            Check(new SlicingCheck(field, listSize.SlicingArguments, arguments, defaulted));
        }

        var defaultListSize = Math.Max(0, context.Options.DefaultListSize);
        var rule = new ListSizeRule(
            FromDirective: true,
            listSize.AssumedSize,
            defaultListSize,
            Fallback: listSize.SlicingArgumentDefaultValue ?? listSize.AssumedSize ?? defaultListSize);
        return SizeOf(rule);
    }

    /// <summary>Without <c>@listSize</c>: the first of the options' list-size arguments given with a size; else the default list size.</summary>
    private ListSizeValue ArgumentListSize(FieldNode field)
    {
        _candidates.Clear();
        foreach (var argumentName in context.Options.ListSizeArguments)
        {
            AddCandidate(field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName)?.Value);
        }

        var defaultListSize = Math.Max(0, context.Options.DefaultListSize);
        return SizeOf(new ListSizeRule(FromDirective: false, AssumedSize: null, defaultListSize, Fallback: defaultListSize));
    }

    private void AddCandidate(ValueNode? value)
    {
        switch (value)
        {
            case IntValueNode literal:
                _candidates.Add(SizeCandidate.OfLiteral(long.TryParse(literal.Value, out var parsed) ? Math.Max(0, parsed) : CostArithmetic.Ceiling));
                break;
            case VariableNode variable:
                _candidates.Add(SizeCandidate.OfVariable(variable.Name.Value, VariableDefault(variable)));
                break;
        }
    }

    /// <summary>The size of the candidates just added: a number, unless a variable decides it.</summary>
    private ListSizeValue SizeOf(ListSizeRule rule)
    {
        var candidates = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_candidates);
        foreach (var candidate in candidates)
        {
            if (candidate.Variable is not null)
            {
                return new ListSizeValue(0, new VariableListSize(rule, candidates.ToArray()));
            }
        }

        return new ListSizeValue(rule.Of(candidates, null), null);
    }

    private void Check(SlicingCheck check)
    {
        if (_deferVariableChecks && check.DependsOnVariables)
        {
            _checks.Add(check);
        }
        else if (check.Failure(null) is { } message)
        {
            context.ReportError(message, check.Field);
        }
    }

    private long? VariableDefault(VariableNode variable) =>
        operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value)?.DefaultValue is IntValueNode value
        && long.TryParse(value.Value, out var size)
            ? Math.Max(0, size)
            : null;

    private CostTerm FragmentCost(string name)
    {
        // A fragment spread where a parent sizes its fields counts differently: its cost is kept per size.
        if (_fragmentCosts.TryGetValue((name, _sized), out var cached))
        {
            return cached;
        }

        if (context.GetFragment(name) is not { } fragment || !_fragmentsInProgress.Add(name))
        {
            // Unknown fragments and cycles are other rules' errors.
            return CostTerm.Zero;
        }

        var cost = SelectionSetCost(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
        _fragmentsInProgress.Remove(name);
        _fragmentCosts[(name, _sized)] = cost;
        return cost;
    }

    /// <summary>A cost: the fixed part and the step the variables decide (−1 for none).</summary>
    private readonly record struct CostTerm(long Fixed, int Step)
    {
        public static CostTerm Zero => new(0, -1);
    }

    /// <summary>A list's size: <see cref="Fixed"/>, unless <see cref="Variable"/> decides it per request.</summary>
    private readonly record struct ListSizeValue(long Fixed, VariableListSize? Variable)
    {
        public static ListSizeValue One => new(1, null);
    }

    /// <summary>The fields of a returned object that a parent's <c>@listSize(sizedFields:)</c> sizes, and the size (compared by reference).</summary>
    private sealed class SizedFields(IReadOnlyList<string> names, ListSizeValue size)
    {
        public IReadOnlyList<string> Names => names;

        public ListSizeValue Size => size;
    }
}
