using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.2 Directives Are In Valid Locations: a defined directive appears only where its definition allows.</summary>
public sealed class DirectivesAreInValidLocations : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not IHasDirectives owner || owner.Directives.Count == 0 || DirectiveLocations.Of(node) is not { } location)
        {
            return;
        }

        foreach (var directive in owner.Directives)
        {
            if (context.Schema.GetDirective(directive.Name.Value) is { } definition && !definition.Locations.Contains(location))
            {
                context.ReportError($"Directive \"@{directive.Name.Value}\" may not be used on {DirectiveLocations.SpecName(location)}.", directive);
            }
        }
    }
}
