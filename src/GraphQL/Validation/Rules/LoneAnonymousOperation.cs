using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the document's only operation.</summary>
public sealed class LoneAnonymousOperation : ValidationRule
{
    private int _operationCount;

    public override void Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case DocumentNode document:
                _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                break;
            case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                context.ReportError("This anonymous operation must be the only defined operation.", operation);
                break;
        }
    }
}
