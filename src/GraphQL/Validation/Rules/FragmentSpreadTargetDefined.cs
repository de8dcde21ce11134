using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined: every spread names a fragment defined in the document (graphql-js: KnownFragmentNames).</summary>
public sealed class FragmentSpreadTargetDefined : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }
    }
}
