using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Types.SchemaTestSupport;

namespace MentorGraph.GraphQL.Tests.Types;

public class SchemaPrinterTests
{
    private const string Sdl = """"
        """
        Multi-line schema description
          with indentation
        """
        schema { query: Q }

        directive @tag(
          "The tag's name"
          name: String!
          "Where it came from"
          source: String = "sdl"
        ) on OBJECT | FIELD_DEFINITION | ENUM_VALUE | ARGUMENT_DEFINITION

        "Ends with a quote\""
        type Q @tag(name: "root") {
          "first"
          a(
            "described arg"
            x: Int = 1
            y: Float = 2
          ): String
          "second"
          b: [Q!] @deprecated(reason: "Use \"a\" instead")
          c(id: ID = "123", t: T = {n: [1]}): Int @tag(name: "c")
        }

        """  starts with spaces"""
        interface Base { id: ID! }

        interface Named implements Base { id: ID! name: String }

        type Thing implements Named & Base { id: ID! name: String }

        input T { n: [Int!] = [] m: Int = -3 s: String = "line\nbreak" }

        "A very long description that goes well beyond the seventy characters graphql-js keeps on one line."
        enum E {
          "one" A
          B @deprecated
          "three" C
        }
        """";

    /// <summary>
    /// What graphql-js 16's printSchema prints for <see cref="Sdl"/>, plus the SDL's own applied directives
    /// (<c>@tag</c>), which our printer keeps and printSchema drops.
    /// </summary>
    private const string GraphQLJsPrinted = """"
        """
        Multi-line schema description
          with indentation
        """
        schema {
          query: Q
        }

        directive @tag(
          """The tag's name"""
          name: String!

          """Where it came from"""
          source: String = "sdl"
        ) on OBJECT | FIELD_DEFINITION | ENUM_VALUE | ARGUMENT_DEFINITION

        """
        Ends with a quote"
        """
        type Q @tag(name: "root") {
          """first"""
          a(
            """described arg"""
            x: Int = 1
            y: Float = 2
          ): String

          """second"""
          b: [Q!] @deprecated(reason: "Use \"a\" instead")
          c(id: ID = 123, t: T = {n: [1], m: -3, s: "line\nbreak"}): Int @tag(name: "c")
        }

        """  starts with spaces"""
        interface Base {
          id: ID!
        }

        interface Named implements Base {
          id: ID!
          name: String
        }

        type Thing implements Named & Base {
          id: ID!
          name: String
        }

        input T {
          n: [Int!] = []
          m: Int = -3
          s: String = "line\nbreak"
        }

        """
        A very long description that goes well beyond the seventy characters graphql-js keeps on one line.
        """
        enum E {
          """one"""
          A
          B @deprecated

          """three"""
          C
        }
        """";

    [Fact]
    public void Print_MatchesGraphQLJsPrintSchemaPlusAppliedDirectives() =>
        Assert.Equal(GraphQLJsPrinted, SchemaPrinter.Print(Build(Sdl)));

    [Fact]
    public void Print_RoundTrip_ParsePrintedBuildPrintAgain_IsSameText()
    {
        var printed = SchemaPrinter.Print(Build(Sdl));

        Assert.Equal(printed, SchemaPrinter.Print(Build(printed)));
    }

    [Fact]
    public void Print_IntrospectionSample_RoundTrips()
    {
        var printed = SchemaPrinter.Print(Build(IntrospectionTests.SampleSdl));

        Assert.Equal(printed, SchemaPrinter.Print(Build(printed)));
    }

    [Fact]
    public void Print_StandardRootNames_OmitSchemaDefinition() =>
        Assert.Equal(
            "type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}",
            SchemaPrinter.Print(Build("schema { query: Query mutation: Mutation } type Query { a: Int } type Mutation { b: Int }")));

    [Fact]
    public void Print_SkipsBuiltInScalarsDirectivesAndIntrospectionTypes()
    {
        var printed = SchemaPrinter.Print(Build("scalar Int type Query { a: Int b: String }"));

        Assert.Equal("type Query {\n  a: Int\n  b: String\n}", printed);
    }

    [Fact]
    public void Print_CustomScalar_WithSpecifiedBy()
    {
        var printed = SchemaPrinter.Print(Build(
            "scalar Money @specifiedBy(url: \"https://example.com/money\") type Query { a: Money }",
            b => b.AddScalar(new MoneyScalar())));

        Assert.StartsWith("scalar Money @specifiedBy(url: \"https://example.com/money\")", printed);
    }

    [Fact]
    public void Print_EmptyStringDescription_IsPrinted() =>
        Assert.Equal("\"\"\"\"\"\"\ntype Query {\n  a: Int\n}", SchemaPrinter.Print(Build("\"\" type Query { a: Int }")));

    [Fact]
    public void Print_DescriptionNotPrintableAsBlockString_IsQuoted() =>
        Assert.Equal(
            "\"\\n  leading blank line\"\ntype Query {\n  a: Int\n}",
            SchemaPrinter.Print(Build("\"\\n  leading blank line\" type Query { a: Int }")));
}
