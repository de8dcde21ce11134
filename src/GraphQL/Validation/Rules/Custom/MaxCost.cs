using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation.Cost;

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
/// <see cref="GraphQLOptions.ListSizeArguments"/> (e.g. <c>first: 20</c>) that has one; otherwise
/// <see cref="GraphQLOptions.DefaultListSize"/>. Nested lists therefore multiply.</item>
/// <item>The IBM cost directives the SDL applies refine this (see <see cref="CostDirectives"/>): <c>@cost</c> sets a
/// field's own cost (through <see cref="FieldDefinition.Cost"/>) and adds an argument's or input field's weight when
/// the operation gives it; <c>@listSize</c> sets a list's size from its slicing arguments (the largest given), else
/// <c>slicingArgumentDefaultValue</c>, else <c>assumedSize</c>; with <c>sizedFields</c> that size multiplies the
/// selections of the named fields of the returned object (a connection's <c>edges</c>/<c>nodes</c>) instead of the
/// field's own; with <c>requireOneSlicingArgument</c> (the spec's default) an operation must give exactly one
/// slicing argument whose value is not null.</item>
/// <item>Fields whose definition is unknown (another rule's error) cost nothing of their own; introspection
/// (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) costs nothing, as it is bounded by the schema, not the data.</item>
/// </list>
/// <para>Variables: a request is priced with its own values (<see cref="Execution.GraphQLExecutor"/> validates with
/// <see cref="DocumentValidator.ValidateForRequests"/>, which leaves every operation a variable affects to
/// <see cref="RequestCostChecks"/>): a size given by a variable counts as the value sent (without one, as its
/// default, else <c>assumedSize</c> or the default list size), an input object given by a variable adds the weights
/// of the fields its value gives — the same cost as the same values written as literals. The document alone
/// (<see cref="DocumentValidator.Validate"/>, the <c>validate</c> command) is priced at its worst case: under
/// <c>@listSize</c> a size variable counts as <c>assumedSize</c> (the bound the server enforces), else as its
/// default value, else as the default list size; an input object given by a variable adds its argument's weight only.</para>
/// </remarks>
public sealed class MaxCost : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        var limit = context.Options.MaxQueryCost;
        if (node is not OperationDefinitionNode operation || limit <= 0)
        {
            return;
        }

        var planner = context.GetState<CostPlanner>();
        planner.Plan(context, operation, deferVariableChecks: context.DeferVariableCosts);
        if (context.DeferVariableCosts && planner.DependsOnVariables)
        {
            context.DeferCost(planner.ToPlan());
            return;
        }

        var cost = planner.DocumentCost();
        if (cost > limit)
        {
            context.ReportLimitError(CostPlan.OverLimitMessage(cost, limit), nameof(GraphQLOptions.MaxQueryCost), operation);
        }
    }
}
