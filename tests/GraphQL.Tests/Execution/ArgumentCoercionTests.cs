using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class ArgumentCoercionTests
{
    // Spec 3.10: input ExampleInputObject { a: String  b: Int! }
    private static readonly InputObjectType Example = new("ExampleInputObject")
    {
        Fields = [Input("a", TestScalars.String), Input("b", NonNull(TestScalars.Int))],
    };

    private static readonly InputObjectType OneOfInput = new("OneOfInput")
    {
        IsOneOf = true,
        Fields = [Input("a", TestScalars.String), Input("b", TestScalars.Int)],
    };

    private static Dictionary<string, object?> Vars(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    private static IReadOnlyDictionary<string, object?> CoerceOne(GraphQLType type, ValueNode value, Dictionary<string, object?>? variables = null) =>
        ArgumentValues.Coerce(
            [Input("arg", type)],
            [Ast.Arg("arg", value)],
            variables ?? Vars(),
            Ast.Field("f"));

    private static string Show(object? value) => MentorGraph.GraphQL.Types.ScalarValues.Inspect(value);

    public static TheoryData<ValueNode, Dictionary<string, object?>, string> InputObjectTableValid => new()
    {
        { Ast.Object(("a", Ast.String("abc")), ("b", Ast.Int(123))), Vars(), "{ a: \"abc\", b: 123 }" },
        { Ast.Object(("a", Ast.Null()), ("b", Ast.Int(123))), Vars(), "{ a: null, b: 123 }" },
        { Ast.Object(("b", Ast.Int(123))), Vars(), "{ b: 123 }" },
        { Ast.Object(("a", Ast.Var("var")), ("b", Ast.Int(123))), Vars(("var", null)), "{ a: null, b: 123 }" },
        { Ast.Object(("a", Ast.Var("var")), ("b", Ast.Int(123))), Vars(), "{ b: 123 }" },
        { Ast.Object(("b", Ast.Var("var"))), Vars(("var", 123)), "{ b: 123 }" },
        { Ast.Var("var"), Vars(("var", new Dictionary<string, object?> { ["b"] = 123 })), "{ b: 123 }" },
    };

    [Theory]
    [MemberData(nameof(InputObjectTableValid))]
    public void Argument_InputObjectCoercionTable_ValidRows(ValueNode literal, Dictionary<string, object?> variables, string expected)
    {
        var coerced = CoerceOne(Example, literal, variables);

        Assert.Equal(expected, Show(coerced["arg"]));
    }

    public static TheoryData<ValueNode, Dictionary<string, object?>> InputObjectTableInvalid => new()
    {
        { Ast.String("abc123"), Vars() },
        { Ast.Object(("a", Ast.String("abc")), ("b", Ast.String("123"))), Vars() },
        { Ast.Object(("a", Ast.String("abc"))), Vars() },
        { Ast.Object(("b", Ast.Var("var"))), Vars() },
        { Ast.Object(("a", Ast.String("abc")), ("b", Ast.Null())), Vars() },
        { Ast.Object(("b", Ast.Var("var"))), Vars(("var", null)) },
        { Ast.Object(("b", Ast.Int(123)), ("c", Ast.String("xyz"))), Vars() },
    };

    [Theory]
    [MemberData(nameof(InputObjectTableInvalid))]
    public void Argument_InputObjectCoercionTable_ErrorRows(ValueNode literal, Dictionary<string, object?> variables)
    {
        var exception = Assert.Throws<GraphQLException>(() => CoerceOne(Example, literal, variables));

        Assert.Equal(ErrorCodes.BadUserInput, exception.Error.Code);
        Assert.Equal($"Argument \"arg\" has invalid value {MentorGraph.GraphQL.Language.Printer.Print(literal)}.", exception.Message);
    }

    [Fact]
    public void Argument_WholeInputObjectFromVariableMissingRequiredField_IsRejectedByVariableCoercion()
    {
        // Spec 3.10 row `$var` with { var: { a: "abc" } }: the variable's own coercion rejects it.
        var definition = Ast.VarDef("var", Ast.Type("ExampleInputObject"));
        var operation = Ast.Operation(OperationType.Query, null, [definition], Ast.Field("f"));
        var schema = Create(Object("Query", Field("f", TestScalars.Int, _ => 1, Input("arg", Example))));

        var result = VariableValues.Coerce(schema, operation, Vars(("var", new Dictionary<string, object?> { ["a"] = "abc" })));

        Assert.Equal(
            "Variable \"$var\" got invalid value { a: \"abc\" } at \"var.b\"; Field \"b\" of required type \"Int!\" was not provided.",
            Assert.Single(result.Errors).Message);
    }

    public static TheoryData<ValueNode, string> ListLiteralTable => new()
    {
        { Ast.List(Ast.Int(1), Ast.Int(2), Ast.Int(3)), "[1, 2, 3]" },
        { Ast.Int(1), "[1]" },
        { Ast.Null(), "null" },
    };

    [Theory]
    [MemberData(nameof(ListLiteralTable))]
    public void Argument_ListLiteralTable_CoercesAsSpecified(ValueNode literal, string expected)
    {
        Assert.Equal(expected, Show(CoerceOne(List(TestScalars.Int), literal)["arg"]));
    }

    [Fact]
    public void Argument_NestedListLiteral_SingleItemsBecomeLists()
    {
        var type = List(List(TestScalars.Int));

        Assert.Equal("[[1], [2, 3]]", Show(CoerceOne(type, Ast.List(Ast.List(Ast.Int(1)), Ast.List(Ast.Int(2), Ast.Int(3))))["arg"]));
        Assert.Equal("[[1], [2], [3]]", Show(CoerceOne(type, Ast.List(Ast.Int(1), Ast.Int(2), Ast.Int(3)))["arg"]));
        Assert.Equal("[[1]]", Show(CoerceOne(type, Ast.Int(1))["arg"]));
    }

    [Fact]
    public void Argument_ListLiteralWithIncorrectItem_IsError()
    {
        Assert.Throws<GraphQLException>(() => CoerceOne(List(TestScalars.Int), Ast.List(Ast.Int(1), Ast.String("b"), Ast.Bool(true))));
    }

    [Fact]
    public void Argument_MissingVariableInList_IsNullItem()
    {
        Assert.Equal("[1, null]", Show(CoerceOne(List(TestScalars.Int), Ast.List(Ast.Int(1), Ast.Var("v")))["arg"]));
    }

    [Fact]
    public void Argument_Absent_WithDefault_UsesDefault()
    {
        var coerced = ArgumentValues.Coerce([Input("n", TestScalars.Int, Ast.Int(5))], [], Vars(), Ast.Field("f"));

        Assert.Equal(5, coerced["n"]);
    }

    [Fact]
    public void Argument_AbsentOptional_IsMissingKeyNotNull()
    {
        var coerced = ArgumentValues.Coerce([Input("n", TestScalars.Int)], [], Vars(), Ast.Field("f"));

        Assert.False(coerced.ContainsKey("n"));
    }

    [Fact]
    public void Argument_ExplicitNull_IsNullEvenWithDefault()
    {
        var coerced = ArgumentValues.Coerce([Input("n", TestScalars.Int, Ast.Int(5))], [Ast.Arg("n", Ast.Null())], Vars(), Ast.Field("f"));

        Assert.True(coerced.ContainsKey("n"));
        Assert.Null(coerced["n"]);
    }

    [Fact]
    public void Argument_VariableNotProvided_UsesArgumentDefault()
    {
        var coerced = ArgumentValues.Coerce([Input("n", TestScalars.Int, Ast.Int(5))], [Ast.Arg("n", Ast.Var("v"))], Vars(), Ast.Field("f"));

        Assert.Equal(5, coerced["n"]);
    }

    [Fact]
    public void Argument_VariableNotProvided_NoDefault_IsMissingKey()
    {
        var coerced = ArgumentValues.Coerce([Input("n", TestScalars.Int)], [Ast.Arg("n", Ast.Var("v"))], Vars(), Ast.Field("f"));

        Assert.False(coerced.ContainsKey("n"));
    }

    [Fact]
    public void Argument_RequiredMissing_IsErrorAtField()
    {
        var field = Ast.Field("f");

        var exception = Assert.Throws<GraphQLException>(() =>
            ArgumentValues.Coerce([Input("n", NonNull(TestScalars.Int))], [], Vars(), field));

        Assert.Equal("Argument \"n\" of required type \"Int!\" was not provided.", exception.Message);
        Assert.Equal(ErrorCodes.BadUserInput, exception.Error.Code);
        Assert.Equal(field.Location!.Value.Line, Assert.Single(exception.Error.Locations!).Line);
    }

    [Fact]
    public void Argument_NonNullGivenNullVariable_IsError()
    {
        var exception = Assert.Throws<GraphQLException>(() =>
            ArgumentValues.Coerce([Input("n", NonNull(TestScalars.Int), Ast.Int(1))], [Ast.Arg("n", Ast.Var("v"))], Vars(("v", null)), Ast.Field("f")));

        Assert.Equal("Argument \"n\" of non-null type \"Int!\" must not be null.", exception.Message);
    }

    [Fact]
    public void Argument_NonNullVariableNotProvided_IsError()
    {
        var exception = Assert.Throws<GraphQLException>(() =>
            ArgumentValues.Coerce([Input("n", NonNull(TestScalars.Int))], [Ast.Arg("n", Ast.Var("v"))], Vars(), Ast.Field("f")));

        Assert.Equal(
            "Argument \"n\" of required type \"Int!\" was provided the variable \"$v\" which was not provided a runtime value.",
            exception.Message);
    }

    [Fact]
    public void Argument_EnumLiteral_BecomesBoundValue()
    {
        var color = new EnumType("Color") { Values = [new EnumValueDefinition("RED", ConsoleColor.Red)] };

        Assert.Equal(ConsoleColor.Red, CoerceOne(color, Ast.Enum("RED"))["arg"]);
        Assert.Throws<GraphQLException>(() => CoerceOne(color, Ast.Enum("GREEN")));
        Assert.Throws<GraphQLException>(() => CoerceOne(color, Ast.String("RED")));
    }

    [Fact]
    public void Argument_ScalarLiteralRejectedByParseLiteral_IsError()
    {
        Assert.Throws<GraphQLException>(() => CoerceOne(TestScalars.DateTime, Ast.String("yesterday")));
    }

    [Fact]
    public void Argument_OneOfLiteral_ExactlyOneNonNullField()
    {
        Assert.Equal("{ a: \"x\" }", Show(CoerceOne(OneOfInput, Ast.Object(("a", Ast.String("x"))))["arg"]));
        Assert.Throws<GraphQLException>(() => CoerceOne(OneOfInput, Ast.Object(("a", Ast.String("x")), ("b", Ast.Int(1)))));
        Assert.Throws<GraphQLException>(() => CoerceOne(OneOfInput, Ast.Object(("a", Ast.Null()))));
        Assert.Throws<GraphQLException>(() => CoerceOne(OneOfInput, Ast.Object()));
        Assert.Throws<GraphQLException>(() => CoerceOne(OneOfInput, Ast.Object(("a", Ast.Var("v"))), Vars(("v", null))));
        Assert.Equal("{ b: 2 }", Show(CoerceOne(OneOfInput, Ast.Object(("b", Ast.Var("v"))), Vars(("v", 2)))["arg"]));
    }
}
