using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.3 Leaf Field Selections: fields of scalar or enum type have no selection set; fields of
/// object, interface or union type must have one (graphql-js: ScalarLeafs).
/// </summary>
public sealed class LeafFieldSelections : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var named = type.GetNamedType();
        var fieldName = field.Name.Value;
        if (named.IsLeafType() && field.SelectionSet is not null)
        {
            context.ReportError($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet);
        }
        else if (!named.IsLeafType() && field.SelectionSet is null)
        {
            context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", field);
        }
    }
}
