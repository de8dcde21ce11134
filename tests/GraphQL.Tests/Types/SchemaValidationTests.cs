using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Types.SchemaTestSupport;

namespace MentorGraph.GraphQL.Tests.Types;

/// <summary>The type system rules of spec section 3, as graphql-js's validateSchema words them.</summary>
public class SchemaValidationTests
{
    [Fact]
    public void ReservedNames_OnFieldsArgumentsValuesAndDirectives_Fail()
    {
        var errors = BuildErrors("""
            type Query { __a: Int b(__x: Int): Int }
            enum E { __V }
            input I { __f: Int }
            directive @__d on FIELD
            """);

        Assert.Equal(
            [
                "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            ],
            errors);
    }

    [Fact]
    public void EmptyTypes_Fail()
    {
        var errors = BuildErrors("type Query { a: Int } type E interface I union U enum En input In");

        Assert.Equal(
            [
                "Type E must define one or more fields.",
                "Type I must define one or more fields.",
                "Union type U must define one or more member types.",
                "Enum type En must define one or more values.",
                "Input Object type In must define one or more fields.",
            ],
            errors);
    }

    [Fact]
    public void InputTypeAsFieldType_Fails() =>
        Assert.Equal(
            ["The type of Query.a must be Output Type but got: In."],
            BuildErrors("type Query { a: In } input In { x: Int }"));

    [Fact]
    public void OutputTypeAsArgumentOrInputField_Fails() =>
        Assert.Equal(
            [
                "The type of @d(y:) must be Input Type but got: Query.",
                "The type of Query.b(x:) must be Input Type but got: [Query!].",
                "The type of In.a must be Input Type but got: Query.",
            ],
            BuildErrors("type Query { b(x: [Query!]): Int } input In { a: Query } directive @d(y: Query) on FIELD"));

    [Fact]
    public void RequiredArgumentOrInputField_Deprecated_Fails() =>
        Assert.Equal(
            ["Required argument Query.b(y:) cannot be deprecated.", "Required input field In.a cannot be deprecated."],
            BuildErrors("type Query { b(y: Int! @deprecated, z: Int! = 1 @deprecated): Int } input In { a: Int! @deprecated b: Int! = 2 @deprecated }"));

    [Fact]
    public void ImplementingNonInterface_Fails() =>
        Assert.Equal(
            ["Type T must only implement Interface types, it cannot implement Query."],
            BuildErrors("type Query { a: Int } type T implements Query { a: Int }"));

    [Fact]
    public void ImplementingInterfaceTwice_Fails() =>
        Assert.Equal(
            ["Type T can only implement I once."],
            BuildErrors("type Query { a: Int } type T implements I & I { a: Int } interface I { a: Int }"));

    [Fact]
    public void InterfaceImplementingItself_Fails() =>
        Assert.Equal(
            ["Type T2 cannot implement itself because it would create a circular reference."],
            BuildErrors("type Query { a: Int } interface T2 implements T2 { a: Int }"));

    [Fact]
    public void InterfaceCycle_Fails() =>
        Assert.Equal(
            [
                "Type I cannot implement K because it would create a circular reference.",
                "Type K cannot implement I because it would create a circular reference.",
            ],
            BuildErrors("type Query { a: Int } interface I implements K { a: Int } interface K implements I { a: Int }"));

    [Fact]
    public void MissingTransitiveInterface_Fails() =>
        Assert.Equal(
            ["Type Z must implement K because it is implemented by I."],
            BuildErrors("type Query { a: Int } interface K { a: Int } interface I implements K { a: Int } type Z implements I { a: Int }"));

    [Fact]
    public void MissingInterfaceField_Fails() =>
        Assert.Equal(
            ["Interface field J.b expected but X does not provide it."],
            BuildErrors("type Query { a: Int } interface J { a: Int b: Int } type X implements J { a: Int }"));

    [Fact]
    public void CovariantFieldTypes_AreAllowed()
    {
        var schema = Build("""
            type Query { a: Int }
            interface Node { id: ID self: Node list: [Node] }
            type A implements Node { id: ID! self: A! list: [A!]! }
            """);

        Assert.NotNull(schema.GetType("A"));
    }

    [Fact]
    public void UnionMemberAsInterfaceFieldType_IsCovariant()
    {
        var schema = Build("""
            type Query { a: Int }
            union U = A | B
            interface I { u: U }
            type A implements I { u: A }
            type B { b: Int }
            """);

        Assert.NotNull(schema.GetType("A"));
    }

    [Fact]
    public void IncompatibleFieldType_Fails() =>
        Assert.Equal(
            [
                "Interface field I.f expects type Int! but X.f is type Int.",
                "Interface field I.g expects type [I] but X.g is type I.",
                "Interface field I.h expects type I but X.h is type Other.",
            ],
            BuildErrors("""
                type Query { a: Int }
                interface I { f: Int! g: [I] h: I }
                type X implements I { f: Int g: I h: Other }
                type Other { a: Int }
                """));

    [Fact]
    public void ArgumentCompatibility_Fails()
    {
        var errors = BuildErrors("""
            type Query { a: Int }
            interface I { f(a: Int, c: Int): [I] }
            type X implements I { f(a: String, b: Int!, d: Int! = 1): [X!] }
            """);

        Assert.Equal(
            [
                "Interface field argument I.f(a:) expects type Int but X.f(a:) is type String.",
                "Interface field argument I.f(c:) expected but X.f does not provide it.",
                "Object field X.f includes required argument b that is missing from the Interface field I.f.",
            ],
            errors);
    }

    [Fact]
    public void UnionOfNonObject_Fails() =>
        Assert.Equal(
            ["Union type U can only include Object types, it cannot include I."],
            BuildErrors("type Query { a: Int } interface I { a: Int } union U = Query | I"));

    [Fact]
    public void UnionMemberTwice_Fails() =>
        Assert.Equal(
            ["Union type U can only include type Query once."],
            BuildErrors("type Query { a: Int } union U = Query | Query"));

    [Fact]
    public void OneOfFields_MustBeNullableWithoutDefault() =>
        Assert.Equal(
            ["OneOf input field In.a must be nullable.", "OneOf input field In.b cannot have a default value."],
            BuildErrors("type Query { a(x: In): Int } input In @oneOf { a: Int! b: Int = 1 c: String }"));

    [Fact]
    public void NonNullInputCycle_Fails() =>
        Assert.Equal(
            [
                "Cannot reference Input Object \"C\" within itself through a series of non-null fields: \"c\".",
                "Cannot reference Input Object \"C\" within itself through a series of non-null fields: \"d.c\".",
            ],
            BuildErrors("type Query { a: Int } input C { c: C! d: D! } input D { c: C! }"));

    [Fact]
    public void InputFieldDefaultValueReferringToItself_Fails() =>
        // Coercing {} for A would apply a's default {}, whose a gets the default {} again, without end.
        Assert.Equal(
            ["Input field A.a has a default value that refers back to itself through the default values of A.a; it could never be coerced."],
            BuildErrors("type Query { f(a: A): Int } input A { a: A = {} b: Int }"));

    [Fact]
    public void InputFieldDefaultValueCycleThroughOtherTypesAndLists_Fails() =>
        Assert.Equal(
            ["Input field A.b has a default value that refers back to itself through the default values of A.b, B.a; it could never be coerced."],
            BuildErrors("type Query { f(a: A): Int } input A { b: B = {} } input B { a: [A] = [{}] x: Int }"));

    [Fact]
    public void InputFieldDefaultValuesThatEnd_AreAllowed()
    {
        // Explicit values stop the expansion, as does a field without a default.
        var schema = Build("""
            type Query { f(a: A, c: C): Int }
            input A { a: A = {a: null, b: null} b: A = {a: {a: null, b: null}, b: null} x: Int }
            input C { c: C x: Int = 1 }
            """);

        Assert.NotNull(schema.GetType("A"));
    }

    [Fact]
    public void InputCycleThroughNullableOrListField_IsAllowed()
    {
        // The spec's own examples of valid circular references (3.10).
        var schema = Build("""
            type Query { a(e: Example, l: Lists): Int }
            input Example { self: Example value: String }
            input Lists { self: [Lists!]! value: String }
            """);

        Assert.NotNull(schema.GetType("Example"));
    }

    [Fact]
    public void ReservedEnumValueNames_Fail()
    {
        // The parser refuses these names, so the document is built by hand.
        var document = Parser.Parse("type Query { a: E }");
        var enumType = new EnumTypeDefinitionNode(null, new NameNode("E"), [], [new EnumValueDefinitionNode(null, new NameNode("true"), [])]);
        var builder = new SchemaBuilder { DefaultResolver = NullResolver }
            .AddTypeDefinitions(new DocumentNode([.. document.Definitions, enumType]));

        var exception = Assert.Throws<SchemaBuildException>(() => builder.Build());

        Assert.Equal(["Enum type E cannot include value: true."], exception.Errors.Select(e => e.Message));
    }
}
