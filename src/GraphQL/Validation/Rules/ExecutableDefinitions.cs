using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.1.1 Executable Definitions: a document sent for execution may hold only operations and
/// fragments, not type system definitions or extensions.
/// </summary>
public sealed class ExecutableDefinitions : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"@{directive.Name.Value}\"",
                _ => "definition",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
