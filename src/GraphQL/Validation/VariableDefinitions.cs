using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation;

/// <summary>Finds an operation's variable definitions by name (operations define few; a search beats a table).</summary>
internal static class VariableDefinitions
{
    /// <summary>The first definition of <paramref name="name"/> in <paramref name="operation"/>; null when there is none.</summary>
    public static VariableDefinitionNode? Find(OperationDefinitionNode operation, string name)
    {
        var definitions = operation.VariableDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return definitions[i];
            }
        }

        return null;
    }
}
