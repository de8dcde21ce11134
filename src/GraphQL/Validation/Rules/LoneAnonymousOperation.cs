using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the document's only operation.</summary>
public sealed class LoneAnonymousOperation : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case DocumentNode document:
                var count = 0;
                foreach (var definition in document.Definitions)
                {
                    if (definition is OperationDefinitionNode)
                    {
                        count++;
                    }
                }

                if (count > 1)
                {
                    context.GetState<State>().OperationCount = count;
                }

                break;
            case OperationDefinitionNode { Name: null } operation when context.GetState<State>().OperationCount > 1:
                context.ReportError("This anonymous operation must be the only defined operation.", operation);
                break;
        }
    }

    /// <summary>How many operations the document defines (only set when more than one).</summary>
    private sealed class State : ValidationRuleState
    {
        public int OperationCount { get; set; }

        public override void Clear() => OperationCount = 0;
    }
}
