using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 Field Selections: every selected field is defined on the type it is selected on
/// (graphql-js: FieldsOnCorrectType). Suggests types that do have the field, then similar field names.
/// </summary>
public sealed class FieldSelections : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.ParentType is not { } parentType || context.TypeInfo.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = field.Name.Value;
        var typeSuggestions = SuggestTypes(context.Schema, parentType, fieldName);
        var hint = typeSuggestions.Count > 0
            ? Suggestions.DidYouMean(typeSuggestions, "to use an inline fragment on")
            : Suggestions.DidYouMean(SuggestFields(parentType, fieldName));
        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{hint}", field);
    }

    /// <summary>For an abstract parent: the possible types and interfaces that define the field, most used first.</summary>
    private static IReadOnlyList<string> SuggestTypes(Schema schema, NamedType parentType, string fieldName)
    {
        if (!parentType.IsAbstractType())
        {
            return [];
        }

        var interfaceUsage = new Dictionary<string, int>(StringComparer.Ordinal);
        var objects = new List<ObjectType>();
        foreach (var possible in schema.GetPossibleTypes(parentType))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            objects.Add(possible);
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is not null)
                {
                    interfaceUsage[iface.Name] = interfaceUsage.GetValueOrDefault(iface.Name) + 1;
                }
            }
        }

        var interfaces = interfaceUsage.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key);
        var objectNames = objects.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal);
        return interfaces.Concat(objectNames).ToList();
    }

    private static IReadOnlyList<string> SuggestFields(NamedType parentType, string fieldName) =>
        parentType is FieldsType fields ? Suggestions.For(fieldName, fields.Fields.Select(f => f.Name)) : [];
}
