using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types: type conditions name object, interface or union types.</summary>
public sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (IsNonComposite(context, condition))
                {
                    context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
                }

                break;
            case FragmentDefinitionNode fragment:
                if (IsNonComposite(context, fragment.TypeCondition))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".", fragment.TypeCondition);
                }

                break;
        }
    }

    /// <summary>Unknown types are left to <see cref="FragmentSpreadTypeExistence"/>.</summary>
    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition) =>
        context.Schema.GetType(condition.Name.Value) is { } type && !type.IsCompositeType();
}
