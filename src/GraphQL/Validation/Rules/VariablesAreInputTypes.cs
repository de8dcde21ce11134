using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object (possibly wrapped).</summary>
public sealed class VariablesAreInputTypes : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not VariableDefinitionNode definition)
        {
            return;
        }

        var type = TypeRelations.TypeFromAst(context.Schema, definition.Type);
        if (type is not null && !type.IsInputType())
        {
            context.ReportError($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{PrintType(definition.Type)}\".", definition.Type);
        }
    }

    private static string PrintType(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => $"[{PrintType(list.Type)}]",
        NonNullTypeNode nonNull => $"{PrintType(nonNull.Type)}!",
        _ => string.Empty,
    };
}
