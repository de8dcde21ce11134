using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.2 Input Object Field Names: every field of an input object literal is defined by the input
/// object type expected there. Suggests similar field names.
/// </summary>
public sealed class InputObjectFieldNames : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not ObjectFieldNode field || context.TypeInfo.InputType is not null)
        {
            return;
        }

        // TypeInfo has stepped into the field; the object literal's type is one level up.
        if (context.TypeInfo.ParentInputType?.GetNamedType() is not InputObjectType parentType)
        {
            return;
        }

        var name = field.Name.Value;
        var hint = Suggestions.DidYouMean(Suggestions.For(name, parentType.Fields.Select(f => f.Name)));
        context.ReportError($"Field \"{name}\" is not defined by type \"{parentType.Name}\".{hint}", field);
    }
}
