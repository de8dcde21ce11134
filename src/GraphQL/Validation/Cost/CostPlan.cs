using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Cost;

/// <summary>
/// One operation's cost as its variables decide it, made once per document by <see cref="CostPlanner"/>: the
/// fixed part (everything literals and the schema decide), the steps the variables decide, and the
/// <c>requireOneSlicingArgument</c> checks given variables. Evaluating it with a request's coerced variables walks
/// only those steps, so a cached document is priced per request for a few dictionary look-ups.
/// </summary>
internal sealed class CostPlan(OperationDefinitionNode operation, long fixedCost, int rootStep, CostStep[] steps, SlicingCheck[] checks)
{
    /// <summary>Plans of up to this many steps are evaluated on the stack.</summary>
    private const int StackSteps = 64;

    public OperationDefinitionNode Operation => operation;

    /// <summary>The cost with the request's coerced <paramref name="variables"/>; null: the document alone (its worst case).</summary>
    public long Evaluate(IReadOnlyDictionary<string, object?>? variables) => Evaluate(fixedCost, rootStep, steps, variables);

    /// <summary>The request's errors: failed slicing checks, then the cost over <paramref name="limit"/>; null when there are none.</summary>
    public List<GraphQLError>? Errors(IReadOnlyDictionary<string, object?> variables, int limit)
    {
        List<GraphQLError>? errors = null;
        foreach (var check in checks)
        {
            if (check.Failure(variables) is { } message)
            {
                (errors ??= []).Add(GraphQLError.WithCode(message, ErrorCodes.ValidationFailed, ErrorLocations.Of(check.Field)));
            }
        }

        var cost = Evaluate(variables);
        if (cost > limit)
        {
            (errors ??= []).Add(GraphQLError.WithLimit(
                OverLimitMessage(cost, limit), ErrorCodes.ValidationFailed, nameof(GraphQLOptions.MaxQueryCost), ErrorLocations.Of(operation)));
        }

        return errors;
    }

    /// <summary>The error message of an operation over the cost limit (the same at validation and per request).</summary>
    public static string OverLimitMessage(long cost, int limit) =>
        $"The operation's cost of {cost} exceeds the maximum cost of {limit} ({nameof(GraphQLOptions.MaxQueryCost)}).";

    /// <summary>Evaluates steps in order (each reads the values before it) and adds the root step's value to the fixed cost.</summary>
    public static long Evaluate(long fixedCost, int rootStep, IReadOnlyList<CostStep> steps, IReadOnlyDictionary<string, object?>? variables)
    {
        if (rootStep < 0)
        {
            return fixedCost;
        }

        var values = steps.Count <= StackSteps ? stackalloc long[steps.Count] : new long[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            values[i] = steps[i].Evaluate(values[..i], variables);
        }

        return CostArithmetic.Add(fixedCost, values[rootStep]);
    }
}
