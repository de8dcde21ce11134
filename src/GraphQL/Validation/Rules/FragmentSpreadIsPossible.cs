using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3 Fragment Spread Is Possible: a fragment's type condition can apply to the type it is
/// spread into — the two share at least one possible object type (graphql-js: PossibleFragmentSpreads).
/// </summary>
public sealed class FragmentSpreadIsPossible : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode inline when inline.TypeCondition is not null:
                var fragmentType = context.TypeInfo.Type?.GetNamedType();
                var parentType = context.TypeInfo.ParentType;
                if (fragmentType is not null && fragmentType.IsCompositeType() && parentType is not null
                    && !TypeRelations.DoTypesOverlap(context.Schema, fragmentType, parentType))
                {
                    context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", inline);
                }

                break;
            case FragmentSpreadNode spread:
                var fragment = context.GetFragment(spread.Name.Value);
                var spreadType = fragment is null ? null : context.Schema.GetType(fragment.TypeCondition.Name.Value);
                var parent = context.TypeInfo.ParentType;
                if (spreadType is not null && spreadType.IsCompositeType() && parent is not null
                    && !TypeRelations.DoTypesOverlap(context.Schema, spreadType, parent))
                {
                    context.ReportError($"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{spreadType.Name}\".", spread);
                }

                break;
        }
    }
}
