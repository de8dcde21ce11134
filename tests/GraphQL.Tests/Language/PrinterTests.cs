using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public class PrinterTests
{
    [Fact]
    public void Printer_KitchenSink_PrintsCanonicalForm()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.Source));
        Assert.Equal(KitchenSink.Printed, printed);
    }

    [Theory]
    [InlineData(72, "{\n  a(x: \"{0}\")\n}")]
    [InlineData(73, "{\n  a(\n    x: \"{0}\"\n  )\n}")]
    public void Printer_FieldArgumentsPastEightyCharacters_GoOnePerLine(int length, string expectedFormat)
    {
        // graphql-js's layout: the arguments go one per line when name, "(", arguments and ")" pass 80 characters.
        var value = new string('y', length);

        var printed = Printer.Print(Parser.Parse("{ a(x: \"" + value + "\") }"));

        Assert.Equal(expectedFormat.Replace("{0}", value, StringComparison.Ordinal), printed);
    }

    [Fact]
    public void Printer_ManyFieldArguments_GoOnePerLineLikeGraphqlJs()
    {
        var printed = Printer.Print(Parser.Parse(
            "{ aaaaaaaaaaaaaaaaaa(bbbbbbbbbbbbbbbbbb: 1, cccccccccccccccccccccc: 2, dddddddddddddddddddd: 3, eeeeeeeeeeeeee: 4) @d { f } }"));

        Assert.Equal(
            "{\n  aaaaaaaaaaaaaaaaaa(\n    bbbbbbbbbbbbbbbbbb: 1\n    cccccccccccccccccccccc: 2\n    dddddddddddddddddddd: 3\n    eeeeeeeeeeeeee: 4\n  ) @d {\n    f\n  }\n}",
            printed);
    }

    [Fact]
    public void Printer_KitchenSink_RoundTripsThroughParser()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.Source));
        var reparsed = Parser.Parse(printed);
        Assert.Equal(printed, Printer.Print(reparsed));
        Assert.Equal(
            Parser.Parse(KitchenSink.Source).Definitions.Select(d => d.Kind),
            reparsed.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void Printer_ShorthandQuery_StaysShorthand()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
        Assert.Equal("query Q {\n  a\n}", Printer.Print(Parser.Parse("query Q { a }")));
        Assert.Equal("query @d {\n  a\n}", Printer.Print(Parser.Parse("query @d { a }")));
        Assert.Equal("query ($a: Int) {\n  a\n}", Printer.Print(Parser.Parse("query ($a: Int) { a }")));
    }

    [Fact]
    public void Printer_NodesBuiltInCode_Print()
    {
        var field = new FieldNode(
            new NameNode("alias"),
            new NameNode("field"),
            [new ArgumentNode(new NameNode("x"), new ListValueNode([new IntValueNode("1"), new NullValueNode()]))],
            [new DirectiveNode(new NameNode("skip"), [new ArgumentNode(new NameNode("if"), new BooleanValueNode(true))])],
            null);
        Assert.Equal("alias: field(x: [1, null]) @skip(if: true)", Printer.Print(field));
        Assert.Equal("[String!]!", Printer.Print(new NonNullTypeNode(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("String")))))));
    }

    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and backslash \\", "\"quote \\\" and backslash \\\\\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u0001\u001F\u007F\u0080\u009F", "\"\\u0000\\u0001\\u001F\\u007F\\u0080\\u009F\"")]
    [InlineData("slash / é \u00A0 \U0001F600", "\"slash / é \u00A0 \U0001F600\"")]
    public void Printer_PrintString_EscapesLikeJson(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintString(value));
        var reparsed = Assert.IsType<StringValueNode>(Parser.ParseValue(expected));
        Assert.Equal(value, reparsed.Value);
    }

    [Fact]
    public void Printer_PrintString_EscapesLoneSurrogate()
    {
        Assert.Equal("\"a\\uD800b\"", Printer.PrintString("a\uD800b"));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("")]
    [InlineData("  leading space")]
    [InlineData("trailing quote\"")]
    [InlineData("trailing backslash\\")]
    [InlineData("triple \"\"\" inside")]
    [InlineData("four \"\"\"\" and five \"\"\"\"\"")]
    [InlineData("escaped-looking \\\"\"\" text")]
    [InlineData("first\nsecond")]
    [InlineData("first\n  indented\n\nafter blank")]
    [InlineData("  indented first\nsecond")]
    [InlineData("a\n\tb")]
    [InlineData("first\n  all later lines indented")]
    [InlineData("ends with quote\n\"")]
    public void Printer_BlockString_RoundTripsAtAnyIndentation(string value)
    {
        Assert.True(BlockString.IsPrintable(value));
        var printed = BlockString.Print(value);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);

        // Nested in a selection set the printer indents every line; the value must not change.
        var document = Parser.Parse("{ a { b(x: " + printed + ") } }");
        var reprinted = Printer.Print(document);
        var inner = (FieldNode)((FieldNode)((OperationDefinitionNode)Parser.Parse(reprinted).Definitions[0])
            .SelectionSet.Selections[0]).SelectionSet!.Selections[0];
        var reparsed = Assert.IsType<StringValueNode>(inner.Arguments[0].Value);
        Assert.Equal(value, reparsed.Value);
        Assert.True(reparsed.Block);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\nleading blank line")]
    [InlineData("trailing blank line\n")]
    [InlineData("  first indented\n  as are all later lines")]
    [InlineData("carriage\rreturn")]
    [InlineData("control \u0001")]
    public void Printer_BlockStringNotPrintable_FallsBackToString(string value)
    {
        Assert.False(BlockString.IsPrintable(value));
        var printed = Printer.Print(new StringValueNode(value, Block: true));
        Assert.Equal(Printer.PrintString(value), printed);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Printer_BlockDescription_IsIndentedWithItsDefinition()
    {
        var document = Parser.Parse("type A {\n  \"\"\"\n  Line one\n    line two\n  \"\"\"\n  a: Int\n}");
        var printed = Printer.Print(document);
        Assert.Equal("type A {\n  \"\"\"\n  Line one\n    line two\n  \"\"\"\n  a: Int\n}", printed);
        var field = ((ObjectTypeDefinitionNode)Parser.Parse(printed).Definitions[0]).Fields[0];
        Assert.Equal("Line one\n  line two", field.Description!.Value);
    }

    [Fact]
    public void Printer_DirectiveDefinitionWithDescribedArguments_PutsThemOnLines()
    {
        var printed = Printer.Print(Parser.Parse("directive @d(\"the a\" a: Int, b: Int) on FIELD"));
        Assert.Equal("directive @d(\n  \"the a\"\n  a: Int\n  b: Int\n) on FIELD", printed);
    }

    [Fact]
    public void Printer_Values_PrintCanonically()
    {
        Assert.Equal("{a: [1, 2.5, \"s\", ENUM, $v], b: {c: null}}", Printer.Print(Parser.ParseValue("{ a : [ 1 , 2.5 \"s\" ENUM $v ] b:{c:null} }")));
    }
}
