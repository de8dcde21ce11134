using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Cost;

/// <summary>
/// What validation leaves to each request of a document: the cost of the operations whose cost (or whose
/// <c>requireOneSlicingArgument</c> checks) depend on variables, checked with the request's coerced values —
/// so <c>first: $first</c> is priced at the page size the client asks for, as the same literal would be. Kept
/// with the document in the cache; operations that no variable affects were checked in full at validation.
/// </summary>
public sealed class RequestCostChecks
{
    private readonly CostPlan[] _plans;
    private readonly int _limit;

    internal RequestCostChecks(CostPlan[] plans, int limit)
    {
        _plans = plans;
        _limit = limit;
    }

    /// <summary>
    /// The request's cost errors for <paramref name="operation"/> — like validation's, with code
    /// GRAPHQL_VALIDATION_FAILED, the cost error with <c>extensions.limit</c> <c>MaxQueryCost</c> — or null when it
    /// may run.
    /// </summary>
    public IReadOnlyList<GraphQLError>? Check(OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(variables);
        foreach (var plan in _plans)
        {
            if (ReferenceEquals(plan.Operation, operation))
            {
                return plan.Errors(variables, _limit);
            }
        }

        return null;
    }

    /// <summary>The operation's cost with <paramref name="variables"/>, when a variable decides it; null otherwise (for tests and tools).</summary>
    public long? CostOf(OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables) =>
        _plans.FirstOrDefault(p => ReferenceEquals(p.Operation, operation))?.Evaluate(variables);
}
