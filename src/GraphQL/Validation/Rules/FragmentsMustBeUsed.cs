using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is reached from some operation (graphql-js: NoUnusedFragments).</summary>
public sealed class FragmentsMustBeUsed : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name.Value);
            }
        }

        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
