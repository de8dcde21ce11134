using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 Argument Names: every argument given to a field or directive is defined on it
/// (graphql-js: KnownArgumentNames).
/// </summary>
public sealed class ArgumentNames : ValidationRule
{
    private readonly Stack<Node> _owners = new();

    public override void Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode or DirectiveNode:
                _owners.Push(node);
                break;
            case ArgumentNode argument when context.TypeInfo.Argument is null && _owners.Count > 0:
                Report(argument, _owners.Peek(), context);
                break;
        }
    }

    public override void Leave(Node node, ValidationContext context)
    {
        if (node is FieldNode or DirectiveNode)
        {
            _owners.Pop();
        }
    }

    private static void Report(ArgumentNode argument, Node owner, ValidationContext context)
    {
        var name = argument.Name.Value;
        if (owner is DirectiveNode directive)
        {
            if (context.TypeInfo.Directive is { } definition)
            {
                var hint = Suggestions.DidYouMean(Suggestions.For(name, definition.Arguments.Select(a => a.Name)));
                context.ReportError($"Unknown argument \"{name}\" on directive \"@{directive.Name.Value}\".{hint}", argument);
            }

            return;
        }

        if (context.TypeInfo.FieldDefinition is { } field && context.TypeInfo.ParentType is { } parent)
        {
            var hint = Suggestions.DidYouMean(Suggestions.For(name, field.Arguments.Select(a => a.Name)));
            context.ReportError($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\".{hint}", argument);
        }
    }
}
