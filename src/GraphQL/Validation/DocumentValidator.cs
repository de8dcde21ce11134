using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation.Cost;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5) in one walk that runs every
/// rule side by side. Returns the errors in document order of discovery; an empty list means valid.
/// </summary>
public static class DocumentValidator
{
    /// <summary>One context per thread, reset for each document (validation never awaits, so it stays on its thread).</summary>
    [ThreadStatic]
    private static ValidationContext? CachedContext;

    /// <summary>
    /// Validates the document alone, as a tool does (the <c>validate</c> command): an operation's cost is its worst
    /// case, since no request's variables are known (see <see cref="Rules.Custom.MaxCost"/>).
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        GraphQLOptions? options = null,
        IReadOnlyList<Func<ValidationRule>>? rules = null,
        FieldLookup? fieldLookup = null) =>
        Run(schema, document, options ?? DefaultOptions, rules, fieldLookup, deferVariableCosts: false).Errors;

    /// <summary>
    /// Validates a document that requests will run with their variables, with every rule of
    /// <see cref="SpecifiedRules"/>: the cost of an operation that variables affect (and its
    /// <c>requireOneSlicingArgument</c> checks given variables) is left to the returned <see cref="RequestCostChecks"/>
    /// (null when there is none), to be checked with each request's coerced values — so that the cost of
    /// <c>first: $first</c> is that of the page asked for, as HotChocolate prices operations.
    /// </summary>
    public static (IReadOnlyList<GraphQLError> Errors, RequestCostChecks? CostChecks) ValidateForRequests(
        Schema schema,
        DocumentNode document,
        GraphQLOptions? options = null,
        FieldLookup? fieldLookup = null)
    {
        options ??= DefaultOptions;
        var (errors, deferred) = Run(schema, document, options, null, fieldLookup, deferVariableCosts: true);
        return (errors, deferred is null ? null : new RequestCostChecks(deferred, options.MaxQueryCost));
    }

    private static (IReadOnlyList<GraphQLError> Errors, CostPlan[]? DeferredCosts) Run(
        Schema schema,
        DocumentNode document,
        GraphQLOptions options,
        IReadOnlyList<Func<ValidationRule>>? rules,
        FieldLookup? fieldLookup,
        bool deferVariableCosts)
    {
        var instances = rules is null ? SpecifiedRules.Instances : Create(rules);
        fieldLookup ??= SpecifiedRules.DefaultFieldLookup;

        // Taken out of the slot while in use, so a rule that validates another document gets a context of its own.
        var context = CachedContext;
        CachedContext = null;
        if (context is null)
        {
            context = new ValidationContext(schema, document, options, fieldLookup);
        }
        else
        {
            context.Reset(schema, document, options, fieldLookup);
        }

        context.DeferVariableCosts = deferVariableCosts;
        IReadOnlyList<GraphQLError> errors;
        CostPlan[]? deferred = null;
        try
        {
            new ParallelRuleWalker(context, instances).Walk(document);
            deferred = context.DeferredCosts;
            errors = context.Finish();
        }
        catch (ValidationAbortedException aborted)
        {
            var message = aborted.Reason ?? "Too many validation errors, error limit reached. Validation aborted.";
            errors = context.Finish(aborted.Limit is null
                ? GraphQLError.WithCode(message, ErrorCodes.ValidationFailed)
                : GraphQLError.WithLimit(message, ErrorCodes.ValidationFailed, aborted.Limit));
        }
        catch
        {
            context.Finish();
            throw;
        }

        CachedContext = context;
        return (errors, errors.Count == 0 ? deferred : null);
    }

    private static readonly GraphQLOptions DefaultOptions = new();

    private static ValidationRule[] Create(IReadOnlyList<Func<ValidationRule>> rules)
    {
        var instances = new ValidationRule[rules.Count];
        for (var i = 0; i < instances.Length; i++)
        {
            instances[i] = rules[i]();
        }

        return instances;
    }

    private sealed class ParallelRuleWalker(ValidationContext context, ValidationRule[] rules) : AstWalker
    {
        protected override bool Enter(Node node)
        {
            context.TypeInfo.Enter(node);
            foreach (var rule in rules)
            {
                rule.Enter(node, context);
            }

            return true;
        }

        protected override void Leave(Node node)
        {
            foreach (var rule in rules)
            {
                rule.Leave(node, context);
            }

            context.TypeInfo.Leave(node);
        }
    }
}
