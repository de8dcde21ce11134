using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

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

    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        GraphQLOptions? options = null,
        IReadOnlyList<Func<ValidationRule>>? rules = null,
        FieldLookup? fieldLookup = null)
    {
        options ??= DefaultOptions;
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

        IReadOnlyList<GraphQLError> errors;
        try
        {
            new ParallelRuleWalker(context, instances).Walk(document);
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
        return errors;
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
