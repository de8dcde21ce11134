using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field (fragments included),
/// and that field is not an introspection field.
/// </summary>
public sealed class SingleRootField : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
            || context.Schema.GetRootType(OperationType.Subscription) is not { } subscriptionType)
        {
            return;
        }

        var fields = new List<FieldNode>();
        var responseKeys = new HashSet<string>(StringComparer.Ordinal);
        Collect(subscriptionType, operation.SelectionSet, context, fields, new HashSet<string>(StringComparer.Ordinal));
        foreach (var field in fields)
        {
            responseKeys.Add(field.ResponseKey);
        }

        var subject = operation.Name is null ? "Anonymous Subscription" : $"Subscription \"{operation.Name.Value}\"";
        if (responseKeys.Count > 1)
        {
            var extra = fields.Where(f => f.ResponseKey != fields[0].ResponseKey).Cast<Node>().ToArray();
            context.ReportError($"{subject} must select only one top level field.", extra);
        }

        foreach (var field in fields.Where(f => f.Name.Value.StartsWith("__", StringComparison.Ordinal)))
        {
            context.ReportError($"{subject} must not select an introspection top level field.", field);
        }
    }

    /// <summary>The spec's CollectFields on the subscription type with no variable values: fragments apply only when
    /// their type condition does (DoesFragmentTypeApply), and only literal @skip/@include conditions are known.</summary>
    private static void Collect(ObjectType objectType, SelectionSetNode selectionSet, ValidationContext context, List<FieldNode> fields, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsSkippedByLiteral(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    fields.Add(field);
                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || DoesFragmentTypeApply(context.Schema, objectType, inline.TypeCondition):
                    Collect(objectType, inline.SelectionSet, context, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                    if (context.GetFragment(spread.Name.Value) is { } fragment && DoesFragmentTypeApply(context.Schema, objectType, fragment.TypeCondition))
                    {
                        Collect(objectType, fragment.SelectionSet, context, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>The type condition names the object type itself, or an interface or union it belongs to (unknown types never apply).</summary>
    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedTypeNode condition) =>
        schema.GetType(condition.Name.Value) switch
        {
            ObjectType type => ReferenceEquals(type, objectType) || type.Name == objectType.Name,
            { } type when type.IsAbstractType() => schema.IsSubType(type, objectType),
            _ => false,
        };

    /// <summary>Only literal @skip(if: true) / @include(if: false) are known before execution.</summary>
    private static bool IsSkippedByLiteral(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if (condition is null)
            {
                continue;
            }

            if ((directive.Name.Value == "skip" && condition.Value) || (directive.Name.Value == "include" && !condition.Value))
            {
                return true;
            }
        }

        return false;
    }
}
