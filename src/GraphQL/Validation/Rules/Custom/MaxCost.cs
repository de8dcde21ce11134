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
            context.ReportError($"The operation's cost of {cost} exceeds the maximum cost of {limit}.", operation);
        }
    }

    /// <summary>The cost of one operation: the type context of each selection set and each fragment's cost, once
    /// per operation (list sizes may come from the operation's variable defaults). Kept as the rule's state so
    /// its tables are reused.</summary>
    private sealed class CostCalculator : ValidationRuleState
    {
        private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);
        private ValidationContext _context = null!;
        private OperationDefinitionNode _operation = null!;

        public long Compute(ValidationContext validation, OperationDefinitionNode measured)
        {
            Clear();
            _context = validation;
            _operation = measured;
            return _context.Schema.GetRootType(_operation.Operation) is { } root ? SelectionSetCost(root, _operation.SelectionSet) : 0;
        }

        public override void Clear()
        {
            _fragmentCosts.Clear();
            _fragmentsInProgress.Clear();
            _context = null!;
            _operation = null!;
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
                        inline.TypeCondition is null ? parentType : _context.Schema.GetType(inline.TypeCondition.Name.Value),
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

            var definition = parentType is null ? null : _context.FieldLookup(_context.Schema, parentType, field.Name.Value);
            long own = definition is null ? 0 : Math.Max(0, definition.Cost);
            if (field.SelectionSet is null)
            {
                return own;
            }

            var children = SelectionSetCost(definition?.Type.GetNamedType(), field.SelectionSet);
            var size = definition is not null && definition.Type.GetNullableType() is ListType ? ListSize(field) : 1;
            return Add(own, Multiply(children, size));
        }

        private long FragmentCost(string name)
        {
            if (_fragmentCosts.TryGetValue(name, out var cached))
            {
                return cached;
            }

            if (_context.GetFragment(name) is not { } fragment || !_fragmentsInProgress.Add(name))
            {
                // Unknown fragments and cycles are other rules' errors.
                return 0;
            }

            var cost = SelectionSetCost(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
            _fragmentsInProgress.Remove(name);
            _fragmentCosts[name] = cost;
            return cost;
        }

        /// <summary>The first list-size argument given with a known integer; else the default list size.</summary>
        private long ListSize(FieldNode field)
        {
            foreach (var argumentName in _context.Options.ListSizeArguments)
            {
                var value = ArgumentNamed(field, argumentName)?.Value switch
                {
                    IntValueNode literal => literal,
                    VariableNode variable => VariableDefault(variable.Name.Value) as IntValueNode,
                    _ => null,
                };
                if (value is not null)
                {
                    return long.TryParse(value.Value, out var size) ? Math.Max(0, size) : Ceiling;
                }
            }

            return Math.Max(0, _context.Options.DefaultListSize);
        }

        private static ArgumentNode? ArgumentNamed(FieldNode field, string name)
        {
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.Value == name)
                {
                    return argument;
                }
            }

            return null;
        }

        private ValueNode? VariableDefault(string name)
        {
            foreach (var definition in _operation.VariableDefinitions)
            {
                if (definition.Variable.Name.Value == name)
                {
                    return definition.DefaultValue;
                }
            }

            return null;
        }

        private static long Add(long a, long b) => a >= Ceiling - b ? Ceiling : a + b;

        private static long Multiply(long a, long b) => a != 0 && b > Ceiling / a ? Ceiling : a * b;
    }
}
