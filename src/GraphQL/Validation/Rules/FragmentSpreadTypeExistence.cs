using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence, together with the same requirement for variable types
/// (5.8.2): every type named in the document exists in the schema (graphql-js: KnownTypeNames).
/// </summary>
public sealed class FragmentSpreadTypeExistence : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not NamedTypeNode named)
        {
            return;
        }

        var typeName = named.Name.Value;
        if (context.Schema.GetType(typeName) is not null)
        {
            return;
        }

        var hint = Suggestions.DidYouMean(Suggestions.For(typeName, context.Schema.Types.Keys));
        context.ReportError($"Unknown type \"{typeName}\".{hint}", named);
    }
}
