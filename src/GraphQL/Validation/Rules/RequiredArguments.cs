using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 Required Arguments: every non-null argument without a default value is given, on
/// fields and directives alike (graphql-js: ProvidedRequiredArguments). A given null is left to the
/// values rule.
/// </summary>
public sealed class RequiredArguments : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode field when context.TypeInfo.FieldDefinition is { } definition:
                foreach (var missing in definition.Arguments)
                {
                    if (IsMissing(missing, field.Arguments))
                    {
                        context.ReportError($"Field \"{field.Name.Value}\" argument \"{missing.Name}\" of type \"{missing.Type}\" is required, but it was not provided.", field);
                    }
                }

                break;
            case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } definition:
                foreach (var missing in definition.Arguments)
                {
                    if (IsMissing(missing, directive.Arguments))
                    {
                        context.ReportError($"Directive \"@{directive.Name.Value}\" argument \"{missing.Name}\" of type \"{missing.Type}\" is required, but it was not provided.", directive);
                    }
                }

                break;
        }
    }

    /// <summary>A required argument (non-null, no default) that is not given.</summary>
    private static bool IsMissing(InputValueDefinition definition, IReadOnlyList<ArgumentNode> given)
    {
        if (definition.Type is not NonNullType || definition.HasDefaultValue)
        {
            return false;
        }

        for (var i = 0; i < given.Count; i++)
        {
            if (given[i].Name.Value == definition.Name)
            {
                return false;
            }
        }

        return true;
    }
}
