using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: each variable an operation uses, in itself or in a fragment it
/// reaches, has a type allowed where it is used (graphql-js: VariablesInAllowedPosition). The variable's type
/// must be the expected type or stricter (non-null where nullable is expected, at any list level); a nullable
/// variable may still go into a non-null position when the variable has a non-null default value or the
/// argument or input field has a default value (spec IsVariableUsageAllowed). The field of a <c>@oneOf</c> input
/// object is such a non-null position too (spec IsNonNullPosition): a variable used as its value must be of a
/// non-null type or have a non-null default value (an explicit null at run time is then a coercion error).
/// </summary>
public sealed class AllVariableUsagesAreAllowed : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType
                || VariableDefinitions.Find(operation, name) is not { } definition
                || TypeRelations.TypeFromAst(context.Schema, definition.Type) is not { } variableType)
            {
                // Undefined variables, unknown types and unknown positions are other rules' errors.
                continue;
            }

            if (!IsVariableUsageAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.Owner))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }
            else if (variableType is not NonNullType
                && definition.DefaultValue is null or NullValueNode
                && OneOfFieldOwner(usage) is { } oneOf)
            {
                context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    /// <summary>The spec's IsVariableUsageAllowed, with its default-value exception for non-null positions.</summary>
    private static bool IsVariableUsageAllowed(
        Schema schema,
        GraphQLType variableType,
        ValueNode? variableDefault,
        GraphQLType locationType,
        InputValueDefinition? location)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            var hasLocationDefault = location?.HasDefaultValue == true;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return TypeRelations.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeRelations.IsTypeSubTypeOf(schema, variableType, locationType);
    }

    /// <summary>The <c>@oneOf</c> input object when the variable is directly the value of one of its fields.</summary>
    private static InputObjectType? OneOfFieldOwner(VariableUsage usage) =>
        usage.Owner is { } owner
        && usage.ParentType?.GetNamedType() is InputObjectType { IsOneOf: true } parent
        && parent.Fields.Any(field => ReferenceEquals(field, owner))
            ? parent
            : null;
}
