using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public class ParserTests
{
    private static GraphQLSyntaxException ParseError(string text, ParserOptions? options = null) =>
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, options));

    private static void AssertError(string text, string description, int line, int column)
    {
        var error = ParseError(text);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new ErrorLocation(line, column), Assert.Single(error.Error.Locations!));
        Assert.Equal(ErrorCodes.ParseFailed, error.Error.Code);
    }

    // ---- Executable documents ----

    [Fact]
    public void Parser_ShorthandQuery_IsAnonymousQuery()
    {
        var document = Parser.Parse("{ hello }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("hello", field.Name.Value);
        Assert.Null(field.SelectionSet);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation M { a }", OperationType.Mutation)]
    [InlineData("subscription S { a }", OperationType.Subscription)]
    public void Parser_NamedOperation_ReadsTypeAndName(string text, OperationType type)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(text).Definitions[0];
        Assert.Equal(type, operation.Operation);
        Assert.Equal(text.Split(' ')[1], operation.Name!.Value);
    }

    [Fact]
    public void Parser_VariableDefinitions_WithTypesDefaultsAndDirectives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse(
            "query Q($id: ID!, $list: [Int!]! = [1, 2] @dir(a: 1), $obj: In = {a: \"x\", b: [ENUM]}) @op { a }").Definitions[0];
        Assert.Equal(3, operation.VariableDefinitions.Count);

        var id = operation.VariableDefinitions[0];
        Assert.Equal("id", id.Variable.Name.Value);
        var idType = Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(idType.Type).Name.Value);
        Assert.Null(id.DefaultValue);

        var list = operation.VariableDefinitions[1];
        var listType = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type);
        Assert.IsType<NonNullTypeNode>(listType.Type);
        var defaultList = Assert.IsType<ListValueNode>(list.DefaultValue);
        Assert.Equal(["1", "2"], defaultList.Values.Cast<IntValueNode>().Select(v => v.Value));
        Assert.Equal("dir", Assert.Single(list.Directives).Name.Value);

        var obj = Assert.IsType<ObjectValueNode>(operation.VariableDefinitions[2].DefaultValue);
        Assert.Equal(["a", "b"], obj.Fields.Select(f => f.Name.Value));
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Parser_VariableInDefaultValue_IsRejected()
    {
        AssertError("query Q($a: Int = $b) { f }", "Unexpected variable \"$b\" in constant value.", 1, 19);
    }

    [Fact]
    public void Parser_VariableInVariableDirective_IsRejected()
    {
        AssertError("query Q($a: Int @d(x: $b)) { f }", "Unexpected variable \"$b\" in constant value.", 1, 23);
    }

    [Fact]
    public void Parser_Field_WithAliasArgumentsDirectivesAndSelections()
    {
        var document = Parser.Parse("{ alias: field(a: 1, b: $v) @include(if: $c) @skip(if: false) { sub } }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("field", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal(["include", "skip"], field.Directives.Select(d => d.Name.Value));
        Assert.Equal("sub", ((FieldNode)field.SelectionSet!.Selections[0]).Name.Value);
    }

    [Fact]
    public void Parser_KeywordsAreValidFieldAndArgumentNames()
    {
        var names = new[] { "query", "mutation", "subscription", "fragment", "on", "true", "false", "null", "type", "extend", "schema" };
        var text = "{ " + string.Join(" ", names.Select(n => $"{n}({n}: {n})")) + " }";
        var operation = (OperationDefinitionNode)Parser.Parse(text).Definitions[0];
        Assert.Equal(names, operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void Parser_Fragments_SpreadInlineAndDefinition()
    {
        var document = Parser.Parse(
            "query { ...Frag @d ... on User { id } ... @include(if: true) { name } ... { x } }\n" +
            "fragment Frag on Query @f { a }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("Frag", spread.Name.Value);
        Assert.Equal("d", Assert.Single(spread.Directives).Name.Value);
        var onUser = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("User", onUser.TypeCondition!.Name.Value);
        var withDirective = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(withDirective.TypeCondition);
        Assert.Equal("include", Assert.Single(withDirective.Directives).Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("Frag", fragment.Name.Value);
        Assert.Equal("Query", fragment.TypeCondition.Name.Value);
        Assert.Equal("f", Assert.Single(fragment.Directives).Name.Value);
    }

    [Fact]
    public void Parser_AllValueKinds()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse(
            "{ f(i: -12, fl: 1.5e3, s: \"s\\n\", b: \"\"\"  block\n  text\"\"\", t: true, n: null, e: RED, l: [], o: {}, v: $x) }")
            .Definitions[0]).SelectionSet.Selections[0];
        var values = field.Arguments.Select(a => a.Value).ToList();
        Assert.Equal("-12", Assert.IsType<IntValueNode>(values[0]).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(values[1]).Value);
        var plain = Assert.IsType<StringValueNode>(values[2]);
        Assert.Equal("s\n", plain.Value);
        Assert.False(plain.Block);
        var block = Assert.IsType<StringValueNode>(values[3]);
        Assert.Equal("  block\ntext", block.Value);
        Assert.True(block.Block);
        Assert.True(Assert.IsType<BooleanValueNode>(values[4]).Value);
        Assert.IsType<NullValueNode>(values[5]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(values[6]).Value);
        Assert.Empty(Assert.IsType<ListValueNode>(values[7]).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(values[8]).Fields);
        Assert.Equal("x", Assert.IsType<VariableNode>(values[9]).Name.Value);
    }

    [Fact]
    public void Parser_Locations_AreExact()
    {
        const string text = "query Q {\n  me: user(id: 4) {\n    name\n  }\n}\n";
        var document = Parser.Parse(text);
        // The document spans the whole source, up to its end-of-file token.
        Assert.Equal(new Location(0, text.Length, 1, 1), document.Location);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(0, text.Length - 1, 1, 1), operation.Location);
        Assert.Equal(new Location(6, 7, 1, 7), operation.Name!.Location);
        Assert.Equal(new Location(8, text.Length - 1, 1, 9), operation.SelectionSet.Location);

        var field = (FieldNode)operation.SelectionSet.Selections[0];
        var fieldStart = text.IndexOf("me:", StringComparison.Ordinal);
        var fieldEnd = text.LastIndexOf("  }", StringComparison.Ordinal) + 3;
        Assert.Equal(new Location(fieldStart, fieldEnd, 2, 3), field.Location);
        Assert.Equal("me:", text[field.Alias!.Location!.Value.Start..(field.Name.Location!.Value.Start - 1)]);
        var argument = field.Arguments[0];
        Assert.Equal("id: 4", text[argument.Location!.Value.Start..argument.Location.Value.End]);
        Assert.Equal(new Location(text.IndexOf('4'), text.IndexOf('4') + 1, 2, 16), argument.Value.Location);

        var name = (FieldNode)field.SelectionSet!.Selections[0];
        Assert.Equal(3, name.Location!.Value.Line);
        Assert.Equal(5, name.Location.Value.Column);
    }

    [Fact]
    public void Parser_TypeLocations_CoverWrappers()
    {
        var type = Parser.ParseType("[Int!]!");
        Assert.Equal(new Location(0, 7, 1, 1), type.Location);
        var list = (ListTypeNode)((NonNullTypeNode)type).Type;
        Assert.Equal(new Location(0, 6, 1, 1), list.Location);
        Assert.Equal(new Location(1, 5, 1, 2), list.Type.Location);
    }

    // ---- Syntax errors ----

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("   # only a comment", "Unexpected <EOF>.", 1, 20)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a(): Int }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\" }", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Q { a } query", "Expected \"{\", found <EOF>.", 1, 20)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a(b: 1 }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on on }", "Expected \"{\", found \"}\".", 1, 12)]
    [InlineData("query Q($a Int) { f }", "Expected \":\", found Name \"Int\".", 1, 12)]
    [InlineData("query Q($a: ) { f }", "Expected Name, found \")\".", 1, 13)]
    [InlineData("query Q($a: [Int) { f }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("{ f @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ f(a: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ f(a: {b 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("\"description\" query { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("\"description\" { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("{ a }\n\n  %", "Unexpected character: \"%\".", 3, 3)]
    public void Parser_SyntaxError_HasMessageAndLocation(string text, string description, int line, int column)
    {
        AssertError(text, description, line, column);
    }

    [Fact]
    public void Parser_SyntaxError_IsGraphQLExceptionWithParseFailedCode()
    {
        GraphQLException error = ParseError("{");
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Error.Message);
        Assert.Equal(ErrorCodes.ParseFailed, error.Error.Code);
    }

    // ---- Type system ----

    [Fact]
    public void Parser_SchemaDefinition_WithDescriptionAndDirectives()
    {
        var schema = Assert.IsType<SchemaDefinitionNode>(Parser.Parse(
            "\"The schema\" schema @a { query: Q mutation: M subscription: S }").Definitions[0]);
        Assert.Equal("The schema", schema.Description!.Value);
        Assert.Equal("a", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Parser_ObjectType_WithInterfacesFieldsArgumentsAndDescriptions()
    {
        const string text = """
            "A person"
            type Person implements & Node & Named @key(fields: "id") {
              "The id"
              id: ID!
              friends(
                "How many"
                first: Int = 10 @deprecated
                after: String
              ): [Person!]! @cost(weight: 2)
            }
            """;
        var type = Assert.IsType<ObjectTypeDefinitionNode>(Assert.Single(Parser.Parse(text).Definitions));
        Assert.Equal("A person", type.Description!.Value);
        Assert.False(type.Description.Block);
        Assert.Equal("Person", type.Name.Value);
        Assert.Equal(["Node", "Named"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("key", Assert.Single(type.Directives).Name.Value);
        Assert.Equal(["id", "friends"], type.Fields.Select(f => f.Name.Value));
        Assert.Equal("The id", type.Fields[0].Description!.Value);
        var friends = type.Fields[1];
        Assert.Equal(["first", "after"], friends.Arguments.Select(a => a.Name.Value));
        Assert.Equal("How many", friends.Arguments[0].Description!.Value);
        Assert.Equal("10", Assert.IsType<IntValueNode>(friends.Arguments[0].DefaultValue).Value);
        Assert.Equal("deprecated", Assert.Single(friends.Arguments[0].Directives).Name.Value);
        Assert.IsType<NonNullTypeNode>(friends.Type);
        Assert.Equal("cost", Assert.Single(friends.Directives).Name.Value);
        Assert.Equal(new Location(0, text.Length, 1, 1), type.Location);
        Assert.Equal(3, type.Fields[0].Location!.Value.Line);
    }

    [Fact]
    public void Parser_ImplementsWithoutLeadingAmpersand()
    {
        var type = (ObjectTypeDefinitionNode)Parser.Parse("type A implements B & C { a: Int }").Definitions[0];
        Assert.Equal(["B", "C"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void Parser_TypeWithoutFields_IsAllowed()
    {
        var type = (ObjectTypeDefinitionNode)Parser.Parse("type A").Definitions[0];
        Assert.Empty(type.Fields);
    }

    [Fact]
    public void Parser_InterfaceImplementingInterfaces()
    {
        var type = Assert.IsType<InterfaceTypeDefinitionNode>(Parser.Parse(
            "\"\"\"Block\n  description\"\"\" interface Named implements Node @d { name: String }").Definitions[0]);
        Assert.Equal("Block\ndescription", type.Description!.Value);
        Assert.True(type.Description.Block);
        Assert.Equal("Node", Assert.Single(type.Interfaces).Name.Value);
        Assert.Equal("name", Assert.Single(type.Fields).Name.Value);
    }

    [Fact]
    public void Parser_ScalarUnionEnumInput()
    {
        var document = Parser.Parse("""
            scalar DateTime @specifiedBy(url: "https://example.com")
            union SearchResult @u = | Person | Program
            union Single = Person
            enum Color { "Red" RED @deprecated(reason: "no") GREEN BLUE }
            input Filter @oneOf { "by name" name: String = "x" @d, ids: [ID!] }
            """);
        var scalar = Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
        var union = Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal(["Person", "Program"], union.Types.Select(t => t.Name.Value));
        Assert.Single(Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[2]).Types);
        var color = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[3]);
        Assert.Equal(["RED", "GREEN", "BLUE"], color.Values.Select(v => v.Name.Value));
        Assert.Equal("Red", color.Values[0].Description!.Value);
        Assert.Equal("deprecated", Assert.Single(color.Values[0].Directives).Name.Value);
        var input = Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[4]);
        Assert.Equal("oneOf", Assert.Single(input.Directives).Name.Value);
        Assert.Equal(["name", "ids"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal("by name", input.Fields[0].Description!.Value);
        Assert.Equal("x", Assert.IsType<StringValueNode>(input.Fields[0].DefaultValue).Value);
    }

    [Fact]
    public void Parser_DirectiveDefinition_RepeatableAndLocations()
    {
        var document = Parser.Parse("""
            "Cache hint" directive @cache(maxAge: Int = 60) repeatable on | FIELD_DEFINITION | OBJECT
            directive @d on QUERY
            """);
        var cache = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Cache hint", cache.Description!.Value);
        Assert.Equal("cache", cache.Name.Value);
        Assert.True(cache.Repeatable);
        Assert.Equal("maxAge", Assert.Single(cache.Arguments).Name.Value);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], cache.Locations.Select(l => l.Value));
        var d = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[1]);
        Assert.False(d.Repeatable);
        Assert.Equal("QUERY", Assert.Single(d.Locations).Value);
    }

    [Fact]
    public void Parser_AllDirectiveLocations_AreAccepted()
    {
        const string locations = "QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | " +
            "VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | " +
            "ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";
        var directive = (DirectiveDefinitionNode)Parser.Parse("directive @all on " + locations).Definitions[0];
        Assert.Equal(19, directive.Locations.Count);
    }

    [Fact]
    public void Parser_Extensions_OfSchemaAndEveryTypeKind()
    {
        var document = Parser.Parse("""
            extend schema @a { subscription: S }
            extend schema @b
            extend scalar Date @c
            extend type Person implements Named @d { nickname: String }
            extend type Person @e
            extend interface Node implements Other { extra: Int }
            extend union Result = Extra | More
            extend enum Color { PURPLE }
            extend input Filter { extra: Int }
            """);
        var kinds = document.Definitions.Select(d => d.Kind).ToList();
        Assert.Equal(
            [
                NodeKind.SchemaExtension, NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension,
                NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension,
                NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension,
            ],
            kinds);
        var schema = (SchemaExtensionNode)document.Definitions[0];
        Assert.Equal(OperationType.Subscription, Assert.Single(schema.OperationTypes).Operation);
        Assert.Empty(((SchemaExtensionNode)document.Definitions[1]).OperationTypes);
        var person = (ObjectTypeExtensionNode)document.Definitions[3];
        Assert.Equal("Person", person.Name.Value);
        Assert.Equal("Named", Assert.Single(person.Interfaces).Name.Value);
        Assert.Equal("nickname", Assert.Single(person.Fields).Name.Value);
        Assert.Equal(["Extra", "More"], ((UnionTypeExtensionNode)document.Definitions[6]).Types.Select(t => t.Name.Value));
        Assert.Equal("PURPLE", Assert.Single(((EnumTypeExtensionNode)document.Definitions[7]).Values).Name.Value);
        Assert.Equal(new Location(0, 36, 1, 1), document.Definitions[0].Location);
    }

    [Theory]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar Date", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend type Person", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend interface Node", "Unexpected <EOF>.", 1, 22)]
    [InlineData("extend union U", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend directive @d on FIELD", "Unexpected Name \"directive\".", 1, 8)]
    [InlineData("\"d\" extend type A @d", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("type A { }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("type A { a }", "Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type A implements { a: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type A { a(): Int }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("type A { a(b: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("type A @d(x: $v) { a: Int }", "Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("union U = A |", "Expected Name, found <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("input I { a: Int = $v }", "Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("directive @d on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d on field", "Unexpected Name \"field\".", 1, 17)]
    [InlineData("directive @d", "Expected \"on\", found <EOF>.", 1, 13)]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("schema { }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { query Q }", "Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("schema { other: Q }", "Unexpected Name \"other\".", 1, 10)]
    public void Parser_TypeSystemError_HasMessageAndLocation(string text, string description, int line, int column)
    {
        AssertError(text, description, line, column);
    }

    [Fact]
    public void Parser_MixedDocument_KeepsDefinitionOrder()
    {
        var document = Parser.Parse("type Query { a: Int } { a } extend type Query { b: Int } fragment F on Query { a }");
        Assert.Equal(
            [NodeKind.ObjectTypeDefinition, NodeKind.OperationDefinition, NodeKind.ObjectTypeExtension, NodeKind.FragmentDefinition],
            document.Definitions.Select(d => d.Kind));
    }

    // ---- Single values and types ----

    [Fact]
    public void ParseValue_ReadsNestedValueWithVariables()
    {
        var value = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" $v {a: [true]}]"));
        Assert.Equal(4, value.Values.Count);
        Assert.IsType<VariableNode>(value.Values[2]);
        Assert.Equal(new Location(0, 26, 1, 1), value.Location);
    }

    [Fact]
    public void ParseConstValue_RejectsVariables()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void ParseConstValue_ReadsObject()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{a: 1, b: {c: ENUM}}"));
        Assert.Equal(["a", "b"], value.Fields.Select(f => f.Name.Value));
    }

    [Fact]
    public void ParseValue_TrailingTokens_Fail()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2"));
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", error.Message);
    }

    [Fact]
    public void ParseType_ReadsWrappers()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[String!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        var item = Assert.IsType<NonNullTypeNode>(inner.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(item.Type).Name.Value);
    }

    [Theory]
    [InlineData("String!!", "Expected <EOF>, found \"!\".")]
    [InlineData("[String", "Expected \"]\", found <EOF>.")]
    [InlineData("!", "Expected Name, found \"!\".")]
    public void ParseType_Invalid_Fails(string text, string description)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(text));
        Assert.Equal("Syntax Error: " + description, error.Message);
    }

    // ---- Limits ----

    [Fact]
    public void Parser_TooManyTokens_FailsAsLimitExceededNamingMaxTokens()
    {
        var text = "{ " + string.Join(" ", Enumerable.Repeat("a", 20)) + " }";
        var error = ParseError(text, new ParserOptions { MaxTokens = 10 });
        Assert.Equal("Document exceeds the maximum of 10 tokens (MaxTokens).", error.Message);
        Assert.Equal(ErrorCodes.LimitExceeded, error.Error.Code);
        Assert.Equal("MaxTokens", error.Error.Extensions!["limit"]);
        Assert.Equal("MaxTokens", error.Limit);
        Assert.Equal(new ErrorLocation(1, 21), Assert.Single(error.Error.Locations!));
    }

    [Fact]
    public void Parser_ExactlyMaxTokens_Parses()
    {
        // "{", 8 names, "}" = 10 tokens.
        var text = "{ " + string.Join(" ", Enumerable.Repeat("a", 8)) + " }";
        var document = Parser.Parse(text, new ParserOptions { MaxTokens = 10 });
        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Parser_DefaultTokenLimit_ComesFromGraphQLOptions()
    {
        var text = "{ " + string.Join(" ", Enumerable.Repeat("a", 15_000)) + " }";
        var error = ParseError(text);
        Assert.Equal("Document exceeds the maximum of 15000 tokens (MaxTokens).", error.Message);
    }

    [Fact]
    public void Parser_CommentsDoNotCountAsTokens()
    {
        var text = "# one\n# two\n# three\n{ a }";
        Assert.Single(Parser.Parse(text, new ParserOptions { MaxTokens = 3 }).Definitions);
    }

    [Fact]
    public void Parser_DocumentTooLong_FailsBeforeLexingAsLimitExceededNamingMaxDocumentLength()
    {
        var text = "{ a }" + new string(' ', 100) + "%";
        var error = ParseError(text, new ParserOptions { MaxDocumentLength = 50 });
        Assert.Equal("Document exceeds the maximum length of 50 characters (MaxDocumentLength).", error.Message);
        Assert.Equal(ErrorCodes.LimitExceeded, error.Error.Code);
        Assert.Equal("MaxDocumentLength", error.Error.Extensions!["limit"]);
        Assert.Equal(new ErrorLocation(1, 51), Assert.Single(error.Error.Locations!));
    }

    [Fact]
    public void ParserOptions_From_TakesEngineLimits()
    {
        var options = ParserOptions.From(new GraphQLOptions { MaxDocumentLength = 1, MaxTokens = 2, MaxParserDepth = 3 });
        Assert.Equal(new ParserOptions { MaxDocumentLength = 1, MaxTokens = 2, MaxDepth = 3 }, options);
        Assert.Equal(ParserOptions.From(new GraphQLOptions()), ParserOptions.Default);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Parser_SelectionDepth_LimitedByMaxDepth(int maxDepth, bool parses)
    {
        const string text = "{ a { b { c } } }";
        var options = new ParserOptions { MaxDepth = maxDepth };
        if (parses)
        {
            Assert.Single(Parser.Parse(text, options).Definitions);
        }
        else
        {
            var error = ParseError(text, options);
            Assert.Equal("Document exceeds the maximum nesting depth of 2 (MaxParserDepth).", error.Message);
            Assert.Equal(ErrorCodes.LimitExceeded, error.Error.Code);
            Assert.Equal("MaxParserDepth", error.Error.Extensions!["limit"]);
            Assert.Equal(new ErrorLocation(1, 9), Assert.Single(error.Error.Locations!));
        }
    }

    [Fact]
    public void Parser_ValueAndTypeDepth_LimitedByMaxDepth()
    {
        var options = new ParserOptions { MaxDepth = 3 };
        Assert.NotNull(Parser.ParseValue("[[[1]]]", options));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("[[[[1]]]]", options));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("{a: {b: {c: {d: 1}}}}", options));
        Assert.NotNull(Parser.ParseType("[[[Int]]]", options));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("[[[[Int]]]]", options));
        Assert.Equal("Document exceeds the maximum nesting depth of 3 (MaxParserDepth).", error.Message);
        Assert.Equal(4, error.Column);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{a")]
    [InlineData("{a:")]
    public void Parser_HundredThousandDeepNesting_FailsCleanlyWithDefaults(string unit)
    {
        var text = unit switch
        {
            "[" => "{ f(a: " + new string('[', 100_000) + " }",
            "{a" => string.Concat(Enumerable.Repeat("{a", 100_000)),
            _ => "{ f(a: " + string.Concat(Enumerable.Repeat("{a:", 100_000)) + " }",
        };
        var error = ParseError(text, new ParserOptions { MaxDocumentLength = 1_000_000 });
        Assert.Equal("Document exceeds the maximum nesting depth of 64 (MaxParserDepth).", error.Message);
        Assert.Equal(ErrorCodes.LimitExceeded, error.Error.Code);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("selection")]
    [InlineData("type")]
    public void Parser_HundredThousandDeepNesting_WithoutLimits_FailsCleanlyBeforeStackOverflow(string what)
    {
        var unlimited = new ParserOptions { MaxDocumentLength = 0, MaxTokens = 0, MaxDepth = 0 };
        var error = Assert.Throws<GraphQLSyntaxException>(() =>
        {
            _ = what switch
            {
                "value" => Parser.ParseValue(new string('[', 100_000), unlimited),
                "selection" => Parser.Parse(string.Concat(Enumerable.Repeat("{a", 100_000)), unlimited),
                _ => (Node)Parser.ParseType(new string('[', 100_000) + "Int", unlimited),
            };
        });
        Assert.Equal("Syntax Error: Document is nested too deeply to parse.", error.Message);
        Assert.Equal(ErrorCodes.ParseFailed, error.Error.Code);
    }
}
