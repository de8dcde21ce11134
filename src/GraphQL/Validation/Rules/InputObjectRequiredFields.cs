using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.4 Input Object Required Fields: an input object literal gives every field whose type is non-null
/// and that has no default value. A required field given the <c>null</c> literal is reported by
/// <see cref="ValuesOfCorrectType"/> (null into a non-null type), so it is not reported twice.
/// </summary>
public sealed class InputObjectRequiredFields : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not ObjectValueNode obj || context.TypeInfo.InputType?.GetNamedType() is not InputObjectType type)
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.Type is NonNullType && !field.HasDefaultValue && obj.Fields.All(f => f.Name.Value != field.Name))
            {
                context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj);
            }
        }
    }
}
