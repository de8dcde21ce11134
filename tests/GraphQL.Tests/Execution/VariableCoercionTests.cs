using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class VariableCoercionTests
{
    private static readonly EnumType Color = new("Color")
    {
        Values = [new EnumValueDefinition("RED", ConsoleColor.Red), new EnumValueDefinition("BLUE", ConsoleColor.Blue)],
    };

    private static readonly InputObjectType EventInput = new("EventInput")
    {
        Fields =
        [
            Input("title", NonNull(TestScalars.String)),
            Input("when", TestScalars.DateTime),
            Input("tags", List(NonNull(TestScalars.String))),
            Input("priority", TestScalars.Int, Ast.Int(3)),
        ],
    };

    private static readonly InputObjectType Wrapper = new("Wrapper") { Fields = [Input("event", NonNull(EventInput))] };

    private static readonly InputObjectType PetInput = new("PetInput")
    {
        IsOneOf = true,
        Fields = [Input("cat", TestScalars.String), Input("dog", TestScalars.String)],
    };

    private static readonly Schema Schema = Create(
        Object("Query", Field("ok", TestScalars.Boolean, _ => true)),
        null,
        Color, EventInput, Wrapper, PetInput);

    private static CoercedVariables Coerce(TypeNode type, object? value, bool provided = true, ValueNode? defaultValue = null)
    {
        var definition = Ast.VarDef("input", type, defaultValue);
        var operation = Ast.Operation(OperationType.Query, null, [definition], Ast.Field("ok"));
        var inputs = provided ? new Dictionary<string, object?> { ["input"] = value } : new Dictionary<string, object?>();
        return VariableValues.Coerce(Schema, operation, inputs);
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    private static GraphQLError SingleError(CoercedVariables result)
    {
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.NotNull(error.Locations);
        return error;
    }

    [Fact]
    public void Variable_InvalidNestedScalar_NamesPathAndExpectedType()
    {
        var result = Coerce(Ast.Type("EventInput"), Map(("title", "Demo"), ("when", 3L)));

        var error = SingleError(result);
        Assert.Equal(
            "Variable \"$input\" got invalid value 3 at \"input.when\"; Expected type \"DateTime\". DateTime cannot represent a non string value: 3",
            error.Message);
    }

    [Fact]
    public void Variable_InvalidListItemDeepInObject_PathHasIndex()
    {
        var result = Coerce(Ast.Type("Wrapper"), Map(("event", Map(("title", "x"), ("tags", new List<object?> { "a", null })))));

        Assert.Equal(
            "Variable \"$input\" got invalid value null at \"input.event.tags[1]\"; Expected non-nullable type \"String!\" not to be null.",
            SingleError(result).Message);
    }

    [Fact]
    public void Variable_ErrorLocation_IsTheVariableDefinition()
    {
        var definition = Ast.VarDef("n", Ast.NonNullType(Ast.Type("Int")));
        var operation = Ast.Operation(OperationType.Query, null, [definition], Ast.Field("ok"));

        var result = VariableValues.Coerce(Schema, operation, new Dictionary<string, object?>());

        var location = Assert.Single(Assert.Single(result.Errors).Locations!);
        Assert.Equal(definition.Location!.Value.Line, location.Line);
        Assert.Equal(definition.Location!.Value.Column, location.Column);
    }

    [Fact]
    public void Variable_RequiredNotProvided_IsError()
    {
        var result = Coerce(Ast.NonNullType(Ast.Type("Int")), null, provided: false);

        Assert.Equal("Variable \"$input\" of required type \"Int!\" was not provided.", SingleError(result).Message);
    }

    [Fact]
    public void Variable_NonNullGivenNull_IsError()
    {
        var result = Coerce(Ast.NonNullType(Ast.Type("Int")), null);

        Assert.Equal("Variable \"$input\" of non-null type \"Int!\" must not be null.", SingleError(result).Message);
    }

    [Fact]
    public void Variable_NotProvidedWithDefault_UsesDefault()
    {
        var result = Coerce(Ast.Type("Int"), null, provided: false, defaultValue: Ast.Int(7));

        Assert.True(result.IsValid);
        Assert.Equal(7, result.Values["input"]);
    }

    [Fact]
    public void Variable_ExplicitNullWithDefault_StaysNull()
    {
        var result = Coerce(Ast.Type("Int"), null, provided: true, defaultValue: Ast.Int(7));

        Assert.True(result.IsValid);
        Assert.True(result.Values.ContainsKey("input"));
        Assert.Null(result.Values["input"]);
    }

    [Fact]
    public void Variable_NullableNotProvidedWithoutDefault_IsAbsentNotNull()
    {
        var result = Coerce(Ast.Type("Int"), null, provided: false);

        Assert.True(result.IsValid);
        Assert.False(result.Values.ContainsKey("input"));
    }

    [Fact]
    public void Variable_OutputTypeDeclared_IsError()
    {
        var result = Coerce(Ast.Type("Query"), Map());

        Assert.Equal(
            "Variable \"$input\" expected value of type \"Query\" which cannot be used as an input type.",
            SingleError(result).Message);
    }

    [Fact]
    public void Variable_UnknownType_IsError()
    {
        var result = Coerce(Ast.ListType(Ast.Type("Nope")), 1L);

        Assert.Equal(
            "Variable \"$input\" expected value of type \"[Nope]\" which cannot be used as an input type.",
            SingleError(result).Message);
    }

    [Fact]
    public void Variable_InputObject_AppliesFieldDefaultAndKeepsOmittedOptionalAbsent()
    {
        var result = Coerce(Ast.Type("EventInput"), Map(("title", "Demo")));

        Assert.True(result.IsValid);
        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Values["input"]);
        Assert.Equal("Demo", value["title"]);
        Assert.Equal(3, value["priority"]);
        Assert.False(value.ContainsKey("when"));
        Assert.False(value.ContainsKey("tags"));
    }

    [Fact]
    public void Variable_InputObject_MissingRequiredField_IsError()
    {
        var result = Coerce(Ast.Type("EventInput"), Map(("when", "2024-01-01T00:00:00Z")));

        Assert.Equal(
            "Variable \"$input\" got invalid value { when: \"2024-01-01T00:00:00Z\" } at \"input.title\"; Field \"title\" of required type \"String!\" was not provided.",
            SingleError(result).Message);
    }

    [Fact]
    public void Variable_InputObject_UnknownField_IsError()
    {
        var result = Coerce(Ast.Type("EventInput"), Map(("title", "x"), ("colour", "red")));

        Assert.Equal(
            "Variable \"$input\" got invalid value { title: \"x\", colour: \"red\" }; Field \"colour\" is not defined by type \"EventInput\".",
            SingleError(result).Message);
    }

    [Fact]
    public void Variable_InputObject_NotAnObject_IsError()
    {
        var result = Coerce(Ast.Type("EventInput"), "abc123");

        Assert.Equal(
            "Variable \"$input\" got invalid value \"abc123\"; Expected type \"EventInput\" to be an object.",
            SingleError(result).Message);
    }

    [Fact]
    public void Variable_InputObject_SeveralErrors_AllReported()
    {
        var result = Coerce(Ast.Type("EventInput"), Map(("when", true), ("priority", "high")));

        Assert.Equal(3, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Message.Contains("at \"input.title\"", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("at \"input.when\"", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("at \"input.priority\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Variable_OneOf_ExactlyOneNonNullField_IsAccepted()
    {
        var result = Coerce(Ast.Type("PetInput"), Map(("cat", "Tom")));

        Assert.True(result.IsValid);
        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Values["input"]);
        Assert.Equal("Tom", Assert.Single(value).Value);
    }

    [Fact]
    public void Variable_OneOf_TwoFields_IsError()
    {
        var result = Coerce(Ast.Type("PetInput"), Map(("cat", "Tom"), ("dog", "Rex")));

        Assert.EndsWith("; Exactly one key must be specified for OneOf type \"PetInput\".", SingleError(result).Message);
    }

    [Fact]
    public void Variable_OneOf_NoField_IsError()
    {
        var result = Coerce(Ast.Type("PetInput"), Map());

        Assert.EndsWith("Exactly one key must be specified for OneOf type \"PetInput\".", SingleError(result).Message);
    }

    [Fact]
    public void Variable_OneOf_NullField_IsError()
    {
        var result = Coerce(Ast.Type("PetInput"), Map(("cat", null)));

        Assert.Equal(
            "Variable \"$input\" got invalid value { cat: null } at \"input.cat\"; Field \"cat\" must be non-null.",
            SingleError(result).Message);
    }

    [Fact]
    public void Variable_Enum_NameBecomesBoundValue()
    {
        var result = Coerce(Ast.Type("Color"), "BLUE");

        Assert.True(result.IsValid);
        Assert.Equal(ConsoleColor.Blue, result.Values["input"]);
    }

    [Fact]
    public void Variable_Enum_UnknownName_IsError()
    {
        var result = Coerce(Ast.Type("Color"), "GREEN");

        Assert.Equal(
            "Variable \"$input\" got invalid value \"GREEN\"; Value \"GREEN\" does not exist in \"Color\" enum.",
            SingleError(result).Message);
    }

    [Fact]
    public void Variable_Enum_NonString_IsError()
    {
        var result = Coerce(Ast.Type("Color"), 1L);

        Assert.Equal(
            "Variable \"$input\" got invalid value 1; Enum \"Color\" cannot represent non-string value: 1.",
            SingleError(result).Message);
    }

    [Fact]
    public void Variable_JsonElementValues_AreCoerced()
    {
        var json = System.Text.Json.JsonDocument.Parse("""{ "title": "Demo", "tags": ["a", "b"] }""").RootElement;

        var result = Coerce(Ast.Type("EventInput"), json);

        Assert.True(result.IsValid);
        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Values["input"]);
        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IEnumerable<object?>>(value["tags"]));
    }

    // Spec 3.11 list input coercion (the table of the September 2025 edition, which corrects the
    // October 2021 row for [[Int]] given [1, 2, 3]; graphql-js behaves the same).
    public static TheoryData<string, object?, string> ListCoercionTable => new()
    {
        { "[Int]", new List<object?> { 1L, 2L, 3L }, "[1, 2, 3]" },
        { "[Int]", 1L, "[1]" },
        { "[Int]", null, "null" },
        { "[[Int]]", new List<object?> { new List<object?> { 1L }, new List<object?> { 2L, 3L } }, "[[1], [2, 3]]" },
        { "[[Int]]", new List<object?> { 1L, 2L, 3L }, "[[1], [2], [3]]" },
        { "[[Int]]", new List<object?> { 1L, null, 3L }, "[[1], null, [3]]" },
        { "[[Int]]", 1L, "[[1]]" },
        { "[[Int]]", null, "null" },
    };

    [Theory]
    [MemberData(nameof(ListCoercionTable))]
    public void Variable_ListCoercionTable_CoercesAsSpecified(string type, object? value, string expected)
    {
        var typeNode = type == "[Int]" ? (TypeNode)Ast.ListType(Ast.Type("Int")) : Ast.ListType(Ast.ListType(Ast.Type("Int")));

        var result = Coerce(typeNode, value);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(expected, MentorGraph.GraphQL.Types.ScalarValues.Inspect(result.Values["input"]));
    }

    [Fact]
    public void Variable_ListCoercionTable_IncorrectItemValue_IsError()
    {
        var result = Coerce(Ast.ListType(Ast.Type("Int")), new List<object?> { 1L, "b", true });

        Assert.Equal(2, result.Errors.Count);
        Assert.StartsWith("Variable \"$input\" got invalid value \"b\" at \"input[1]\"; Expected type \"Int\".", result.Errors[0].Message);
        Assert.StartsWith("Variable \"$input\" got invalid value true at \"input[2]\"; Expected type \"Int\".", result.Errors[1].Message);
    }

    [Fact]
    public void Variable_NestedListIncorrectItemValue_IsError()
    {
        var result = Coerce(
            Ast.ListType(Ast.ListType(Ast.Type("Int"))),
            new List<object?> { new List<object?> { 1L }, new List<object?> { "b" } });

        Assert.StartsWith("Variable \"$input\" got invalid value \"b\" at \"input[1][0]\";", SingleError(result).Message);
    }

    /// <summary>A scalar whose parsing fails with ordinary .NET exceptions (as Guid.Parse would), not ValueCoercionException.</summary>
    private sealed class ThrowingScalar() : ScalarType("Odd")
    {
        public override object Serialize(object value) => value;

        public override object ParseValue(object value) => throw new FormatException("secret detail");

        public override object ParseLiteral(ValueNode literal) => throw new InvalidOperationException("secret detail");
    }

    private static Task<ExecutionResult> ExecuteWithThrowingScalar(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var schema = new SchemaBuilder { DefaultResolver = _ => ValueTask.FromResult<object?>(true) }
            .AddTypeDefinitions("scalar Odd type Query { ok(v: Odd): Boolean }")
            .AddScalar(new ThrowingScalar())
            .Build();

        // Without validation, which reports bad literals first: these tests are about execution's own coercion.
        return new GraphQLExecutor(schema, validate: (_, _) => []).ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables });
    }

    [Fact]
    public async Task Variable_ScalarParseValueThrowsOtherException_IsInvalidValueWithoutExceptionText()
    {
        var result = await ExecuteWithThrowingScalar("query($v: Odd) { ok(v: $v) }", new Dictionary<string, object?> { ["v"] = "x" });

        Assert.Equal(RequestErrorKind.VariableCoercion, result.RequestError);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Variable \"$v\" got invalid value \"x\"; Expected type \"Odd\".", error.Message);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public async Task Variable_DefaultValueScalarParseLiteralThrowsOtherException_IsInvalidDefaultValue()
    {
        var result = await ExecuteWithThrowingScalar("query($v: Odd = \"x\") { ok(v: $v) }");

        Assert.Equal(RequestErrorKind.VariableCoercion, result.RequestError);
        Assert.Equal("Variable \"$v\" has an invalid default value.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Argument_ScalarParseLiteralThrowsOtherException_IsInvalidArgumentFieldError()
    {
        var result = await ExecuteWithThrowingScalar("{ ok(v: \"x\") }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"v\" has invalid value \"x\".", error.Message);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal(["ok"], error.Path!);
    }
}
