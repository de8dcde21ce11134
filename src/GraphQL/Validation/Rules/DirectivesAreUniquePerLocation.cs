using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once in one place.</summary>
public sealed class DirectivesAreUniquePerLocation : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not IHasDirectives owner || owner.Directives.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in owner.Directives)
        {
            var name = directive.Name.Value;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                // Repeatable directives may repeat; unknown ones are reported by DirectivesAreDefined
                // (the spec's set is of directives "that are not repeatable", which needs a definition).
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }
}
