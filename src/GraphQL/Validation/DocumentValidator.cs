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
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        GraphQLOptions? options = null,
        IReadOnlyList<Func<ValidationRule>>? rules = null,
        FieldLookup? fieldLookup = null)
    {
        options ??= new GraphQLOptions();
        rules ??= SpecifiedRules.All;
        var context = new ValidationContext(schema, document, options, fieldLookup ?? SpecifiedRules.DefaultFieldLookup);
        var instances = rules.Select(create => create()).ToArray();
        try
        {
            new ParallelRuleWalker(context, instances).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            var message = aborted.Reason ?? "Too many validation errors, error limit reached. Validation aborted.";
            return [.. context.Errors, aborted.Limit is null
                ? GraphQLError.WithCode(message, ErrorCodes.ValidationFailed)
                : GraphQLError.WithLimit(message, ErrorCodes.ValidationFailed, aborted.Limit)];
        }

        return context.Errors;
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
