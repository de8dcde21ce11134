using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined: every directive used is defined by the schema (graphql-js: KnownDirectives).</summary>
public sealed class DirectivesAreDefined : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is DirectiveNode directive && context.Schema.GetDirective(directive.Name.Value) is null)
        {
            context.ReportError($"Unknown directive \"@{directive.Name.Value}\".", directive);
        }
    }
}
