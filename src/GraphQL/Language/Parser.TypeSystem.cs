using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

// Type system definitions and extensions (spec section 3).
public sealed partial class Parser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // SchemaDefinition ::= Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = Loc(start) };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = lexer.Token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    // ImplementsInterfaces ::= implements &? NamedType (& NamedType)*
    private List<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private List<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    // FieldDefinition ::= Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = Loc(start) };
    }

    private List<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);

    // InputValueDefinition ::= Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = Loc(start) };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = Loc(start) };
    }

    // UnionMemberTypes ::= = |? NamedType (| NamedType)*
    private List<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = Loc(start) };
    }

    private List<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);

    // EnumValueDefinition ::= Description? EnumValue Directives[Const]?  (EnumValue: Name but not true, false or null)
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        if (lexer.Token.Kind == TokenKind.Name && lexer.Token.Value is "true" or "false" or "null")
        {
            throw SyntaxError(lexer.Token, $"{lexer.Token.Describe()} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = Loc(start) };
    }

    private List<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);

    // DirectiveDefinition ::= Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = Loc(start) };
    }

    private NameNode ParseDirectiveLocation()
    {
        var token = lexer.Token;
        var name = ParseName();
        if (!DirectiveLocations.Contains(name.Value))
        {
            throw Unexpected(token);
        }

        return name;
    }

    // TypeSystemExtension ::= SchemaExtension | TypeExtension
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // SchemaExtension ::= extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes) { Location = Loc(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives) { Location = Loc(start) };
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types) { Location = Loc(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values) { Location = Loc(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = Loc(start) };
    }
}
