using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 Argument Names: every argument given to a field or directive is defined on it
/// (graphql-js: KnownArgumentNames).
/// </summary>
public sealed class ArgumentNames : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is ArgumentNode argument && context.TypeInfo.Argument is null)
        {
            Report(argument, context);
        }
    }

    /// <summary>An argument belongs to the directive it is in, else to the field (type information tracks both).</summary>
    private static void Report(ArgumentNode argument, ValidationContext context)
    {
        var name = argument.Name.Value;
        if (context.TypeInfo.IsInDirective)
        {
            // Arguments of an unknown directive are not judged (DirectivesAreDefined reports the directive).
            if (context.TypeInfo.Directive is { } definition)
            {
                var hint = Suggestions.DidYouMean(Suggestions.For(name, definition.Arguments.Select(a => a.Name)));
                context.ReportError($"Unknown argument \"{name}\" on directive \"@{definition.Name}\".{hint}", argument);
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
