using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

// Executable definitions (spec 2.3-2.12): operations, selections, fragments, values, directives, types.
public sealed partial class Parser
{
    // OperationDefinition ::= SelectionSet | OperationType Name? VariableDefinitions? Directives? SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = lexer.Token;
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand) { Location = Loc(start) };
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet) { Location = Loc(start) };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    // VariableDefinition ::= Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = lexer.Token;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives) { Location = Loc(start) };
    }

    private VariableNode ParseVariable()
    {
        var start = lexer.Token;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = Loc(start) };
    }

    // SelectionSet ::= { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var start = lexer.Token;
        EnterNesting(start);
        var selections = Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR);
        ExitNesting();
        return new SelectionSetNode(selections) { Location = Loc(start) };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    // Field ::= Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    private List<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenL, () => ParseArgument(isConst), TokenKind.ParenR);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = lexer.Token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value) { Location = Loc(start) };
    }

    // FragmentSpread ::= ... FragmentName Directives?
    // InlineFragment ::= ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = lexer.Token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = Loc(start) };
    }

    // FragmentDefinition ::= fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = lexer.Token;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet) { Location = Loc(start) };
    }

    // FragmentName ::= Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    // Value[Const] ::= [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    //                | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = Loc(token) },
                    "false" => new BooleanValueNode(false) { Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode(token.Value!) { Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    var next = lexer.Lookahead();
                    if (next.Kind == TokenKind.Name)
                    {
                        throw SyntaxError(token, $"Unexpected variable \"${next.Value}\" in constant value.");
                    }

                    Advance();
                    throw Unexpected();
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = lexer.Token;
        if (token.Kind is not (TokenKind.String or TokenKind.BlockString))
        {
            throw SyntaxError(token, $"Expected String, found {token.Describe()}.");
        }

        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = lexer.Token;
        EnterNesting(start);
        var values = Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR);
        ExitNesting();
        return new ListValueNode(values) { Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = lexer.Token;
        EnterNesting(start);
        var fields = Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR);
        ExitNesting();
        return new ObjectValueNode(fields) { Location = Loc(start) };
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = lexer.Token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value) { Location = Loc(start) };
    }

    private List<DirectiveNode> ParseDirectives(bool isConst)
    {
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            directives.Add(ParseDirective(isConst));
        }

        return directives;
    }

    // Directive[Const] ::= @ Name Arguments[?Const]?
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = lexer.Token;
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments) { Location = Loc(start) };
    }

    // Type ::= NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = lexer.Token;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting(start);
            Advance();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode(inner) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptional(TokenKind.Bang))
        {
            return new NonNullTypeNode(type) { Location = Loc(start) };
        }

        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = lexer.Token;
        var name = ParseName();
        return new NamedTypeNode(name) { Location = Loc(start) };
    }
}
