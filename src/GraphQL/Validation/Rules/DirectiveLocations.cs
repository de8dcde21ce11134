using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Which <see cref="DirectiveLocation"/> a node that carries directives stands for.</summary>
internal static class DirectiveLocations
{
    public static DirectiveLocation? Of(Node owner) => owner switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        },
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
        _ => null,
    };

    /// <summary>The location's name as the spec writes it, e.g. INLINE_FRAGMENT.</summary>
    public static string SpecName(DirectiveLocation location) => location switch
    {
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        _ => location.ToString().ToUpperInvariant(),
    };
}
