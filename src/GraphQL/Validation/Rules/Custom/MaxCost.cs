using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules.Custom;

/// <summary>
/// The engine's cost limit (not a spec rule): an operation's computed cost may not exceed
/// <see cref="GraphQLOptions.MaxQueryCost"/> (0 turns the rule off).
/// </summary>
/// <remarks>
/// <para>The formula, applied from the operation's root selection set down:</para>
/// <list type="bullet">
/// <item>cost(selection set) = the sum of the costs of its fields, of the selection sets of its inline
/// fragments, and of the selection sets of the fragments it spreads (a fragment counts wherever it is
/// spread). Every branch of every type condition is counted, so on abstract types the cost is an upper bound.</item>
/// <item>cost(field) = <see cref="FieldDefinition.Cost"/> + cost(its selection set) × size, where size is 1
/// unless the field's type is a list. For a list field, size is the value of its first argument named in
/// <see cref="GraphQLOptions.ListSizeArguments"/> (e.g. <c>first: 20</c>) when that is an integer literal, or a
/// variable whose definition has an integer default value; otherwise <see cref="GraphQLOptions.DefaultListSize"/>.
/// Nested lists therefore multiply.</item>
/// <item>The IBM cost directives the SDL applies refine this (see <see cref="CostDirectives"/>): <c>@cost</c> sets a
/// field's own cost (through <see cref="FieldDefinition.Cost"/>) and adds an argument's or input field's weight when
/// the operation gives it (an input object given by a variable adds only its argument's weight: its fields are not
/// known at validation, so filters sent as variables are not priced higher than literal ones); <c>@listSize</c> sets a
/// list's size from its slicing arguments (the largest given; a variable counts as <c>assumedSize</c>, the bound the
/// server enforces, or its default value), else <c>slicingArgumentDefaultValue</c>, else <c>assumedSize</c>; with
/// <c>sizedFields</c> that size multiplies the selections of the named fields of the returned object (a
/// connection's <c>edges</c>/<c>nodes</c>) instead of the field's own; with <c>requireOneSlicingArgument</c> (the
/// spec's default) an operation that gives none or several of the slicing arguments fails validation.</item>
/// <item>Fields whose definition is unknown (another rule's error) cost nothing of their own; introspection
/// (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) costs nothing, as it is bounded by the schema, not the data.</item>
/// </list>
/// <para>Limit: validation sees the document only. A list-size argument given by a variable is counted with the
/// variable's default value (or the default list size); the value sent at execution may be larger. Hosts that
/// need an exact bound should cap list sizes in their resolvers too.</para>
/// </remarks>
public sealed class MaxCost : ValidationRule
{
    /// <summary>Costs are added and multiplied saturating at this value, far above any sensible limit.</summary>
    private const long Ceiling = long.MaxValue / 4;

    public override void Enter(Node node, ValidationContext context)
    {
        var limit = context.Options.MaxQueryCost;
        if (node is not OperationDefinitionNode operation || limit <= 0)
        {
            return;
        }

        var cost = context.GetState<CostCalculator>().Compute(context, operation);
        if (cost > limit)
        {
            context.ReportLimitError(
                $"The operation's cost of {cost} exceeds the maximum cost of {limit} ({nameof(GraphQLOptions.MaxQueryCost)}).",
                nameof(GraphQLOptions.MaxQueryCost),
                operation);
        }
    }

    /// <summary>The cost of one operation: the type context of each selection set and each fragment's cost, once
    /// per operation (list sizes may come from the operation's variable defaults). Kept as the rule's state so
    /// its tables are reused.</summary>
    private sealed class CostCalculator : ValidationRuleState
    {
        private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);
        private ValidationContext context = null!;
        private OperationDefinitionNode operation = null!;
        private CostDirectives _directives = null!;

        /// <summary>The size a parent's <c>@listSize(sizedFields:)</c> gives the fields of the selection set being counted.</summary>
        private SizedFields? _sized;

        public long Compute(ValidationContext validation, OperationDefinitionNode measured)
        {
            Clear();
            context = validation;
            operation = measured;
            _directives = CostDirectives.Of(validation.Schema);
            return context.Schema.GetRootType(operation.Operation) is { } root ? SelectionSetCost(root, operation.SelectionSet) : 0;
        }

        public override void Clear()
        {
            _fragmentCosts.Clear();
            _fragmentsInProgress.Clear();
            context = null!;
            operation = null!;
            _directives = null!;
            _sized = null;
        }

        private long SelectionSetCost(NamedType? parentType, SelectionSetNode selectionSet)
        {
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var cost = selection switch
                {
                    FieldNode field => FieldCost(parentType, field),
                    InlineFragmentNode inline => SelectionSetCost(
                        inline.TypeCondition is null ? parentType : context.Schema.GetType(inline.TypeCondition.Name.Value),
                        inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentCost(spread.Name.Value),
                    _ => 0,
                };
                total = Add(total, cost);
            }

            return total;
        }

        private long FieldCost(NamedType? parentType, FieldNode field)
        {
            if (field.Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                return 0;
            }

            var definition = parentType is null ? null : context.FieldLookup(context.Schema, parentType, field.Name.Value);
            long own = definition is null ? 0 : Math.Max(0, definition.Cost + ArgumentsCost(definition, field));
            var inherited = _sized is { } sized && sized.Names.Contains(field.Name.Value) ? sized.Size : (long?)null;
            if (field.SelectionSet is null)
            {
                return own;
            }

            var listSize = definition is null ? null : _directives.ListSizeOf(definition);
            var isList = definition is not null && definition.Type.GetNullableType() is ListType;
            var directiveSize = listSize is null ? (long?)null : DirectiveListSize(listSize, definition!, field);
            var size = isList ? inherited ?? directiveSize ?? ListSize(field) : 1;
            var outer = _sized;
            _sized = listSize is { SizedFields.Count: > 0 } ? new SizedFields(listSize.SizedFields, directiveSize!.Value) : null;
            var children = SelectionSetCost(definition?.Type.GetNamedType(), field.SelectionSet);
            _sized = outer;
            return Add(own, Multiply(children, size));
        }

        /// <summary>The weights of the arguments given (and of the input fields given inside literal input objects).</summary>
        private long ArgumentsCost(FieldDefinition definition, FieldNode field)
        {
            long total = 0;
            foreach (var argument in field.Arguments)
            {
                if (definition.GetArgument(argument.Name.Value) is { } argumentDefinition)
                {
                    total += _directives.WeightOf(argumentDefinition) + InputCost(argument.Value, argumentDefinition.Type);
                }
            }

            return total;
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
            }

            return total;
        }

        /// <summary>A list's size by its <c>@listSize</c>; reports a missing or extra slicing argument when exactly one is required.</summary>
        private long DirectiveListSize(ListSizeDirective listSize, FieldDefinition definition, FieldNode field)
        {
            long? largest = null;
            var given = 0;
            foreach (var name in listSize.SlicingArguments)
            {
                var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == name);
                var value = argument?.Value ?? definition.GetArgument(name)?.DefaultValue;
                if (argument is not null)
                {
                    given++;
                }

                long? size = value switch
                {
                    IntValueNode literal => long.TryParse(literal.Value, out var parsed) ? Math.Max(0, parsed) : Ceiling,
                    VariableNode variable => listSize.AssumedSize ?? VariableDefault(variable) ?? context.Options.DefaultListSize,
                    _ => null,
                };
                largest = size is null ? largest : Math.Max(largest ?? 0, size.Value);
            }

            var defaulted = listSize.SlicingArguments.Any(n => definition.GetArgument(n)?.DefaultValue is not null);
            if (listSize.RequireOneSlicingArgument && listSize.SlicingArguments.Count > 0 && given != 1 && !(given == 0 && defaulted))
            {
                context.ReportError(
                    $"Field \"{field.Name.Value}\" must be given exactly one of its slicing arguments ({string.Join(", ", listSize.SlicingArguments.Select(n => $"\"{n}\""))}); it has {given}.",
                    field);
            }

            return largest ?? listSize.SlicingArgumentDefaultValue ?? listSize.AssumedSize ?? Math.Max(0, context.Options.DefaultListSize);
        }

        private long? VariableDefault(VariableNode variable) =>
            operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value)?.DefaultValue is IntValueNode value
            && long.TryParse(value.Value, out var size)
                ? Math.Max(0, size)
                : null;

        private long FragmentCost(string name)
        {
            // A fragment spread where a parent sizes its fields counts differently: its cost is kept per size.
            var key = _sized is null ? name : $"{name}|{string.Join(",", _sized.Names)}:{_sized.Size}";
            if (_fragmentCosts.TryGetValue(key, out var cached))
            {
                return cached;
            }

            if (context.GetFragment(name) is not { } fragment || !_fragmentsInProgress.Add(name))
            {
                // Unknown fragments and cycles are other rules' errors.
                return 0;
            }

            var cost = SelectionSetCost(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
            _fragmentsInProgress.Remove(name);
            _fragmentCosts[key] = cost;
            return cost;
        }

        /// <summary>The first list-size argument given with a known integer; else the default list size.</summary>
        private long ListSize(FieldNode field)
        {
            foreach (var argumentName in context.Options.ListSizeArguments)
            {
                var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName);
                var value = argument?.Value switch
                {
                    IntValueNode literal => literal,
                    VariableNode variable => operation.VariableDefinitions
                        .FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value)?.DefaultValue as IntValueNode,
                    _ => null,
                };
                if (value is not null)
                {
                    return long.TryParse(value.Value, out var size) ? Math.Max(0, size) : Ceiling;
                }
            }

            return Math.Max(0, context.Options.DefaultListSize);
        }

        private static long Add(long a, long b) => a >= Ceiling - b ? Ceiling : a + b;

        /// <summary>The fields of a returned object that a parent's <c>@listSize(sizedFields:)</c> sizes, and the size.</summary>
        private sealed record SizedFields(IReadOnlyList<string> Names, long Size);

        private static long Multiply(long a, long b) => a != 0 && b > Ceiling / a ? Ceiling : a * b;
    }
}
