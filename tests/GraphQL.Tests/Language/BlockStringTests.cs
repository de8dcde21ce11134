using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public class BlockStringTests
{
    [Fact]
    public void BlockString_SpecExample_StripsCommonIndent()
    {
        // Spec 2.9.4: the two strings are equivalent.
        var raw = "\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ";
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", BlockString.Dedent(raw));
    }

    [Fact]
    public void BlockString_FirstLine_IsNotPartOfCommonIndent()
    {
        Assert.Equal("  first\nsecond\n  third", BlockString.Dedent("  first\n    second\n      third"));
    }

    [Fact]
    public void BlockString_LeadingAndTrailingBlankLines_AreRemoved()
    {
        Assert.Equal("text", BlockString.Dedent("\n \t \n   text\n   \n\t\n"));
    }

    [Fact]
    public void BlockString_BlankLinesInside_AreKeptAndDedented()
    {
        Assert.Equal("a\n\n  \nb", BlockString.Dedent("\n    a\n\n      \n    b\n"));
    }

    [Fact]
    public void BlockString_BlankLines_DoNotSetCommonIndent()
    {
        Assert.Equal("a\n\nb", BlockString.Dedent("\n  a\n \n  b"));
        Assert.Equal("a\n\nb", BlockString.Dedent("\n  a\n\n  b"));
    }

    [Fact]
    public void BlockString_TabsCountAsIndentation()
    {
        Assert.Equal("a\n\tb", BlockString.Dedent("\n\ta\n\t\tb"));
    }

    [Fact]
    public void BlockString_OnlyWhiteSpace_IsEmpty()
    {
        Assert.Equal(string.Empty, BlockString.Dedent("  \n\t\n  "));
        Assert.Equal(string.Empty, BlockString.Dedent(string.Empty));
    }

    [Fact]
    public void BlockString_AllLineTerminators_BecomeNewLines()
    {
        Assert.Equal("a\nb\nc\nd", BlockString.Dedent("a\r\nb\rc\nd"));
    }

    [Fact]
    public void BlockString_SingleLine_KeepsInnerAndLeadingSpace()
    {
        Assert.Equal("  x  y", BlockString.Dedent("  x  y  ".TrimEnd()));
    }

    [Fact]
    public void BlockString_Lexed_MatchesSpecEquivalentString()
    {
        var block = Parser.ParseValue("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");
        var plain = Parser.ParseValue("\"Hello,\\n  World!\\n\\nYours,\\n  GraphQL.\"");
        Assert.Equal(((StringValueNode)plain).Value, ((StringValueNode)block).Value);
    }

    [Fact]
    public void BlockString_Print_SingleLine()
    {
        Assert.Equal("\"\"\"hello\"\"\"", BlockString.Print("hello"));
    }

    [Fact]
    public void BlockString_Print_MultiLineOnOwnLines()
    {
        Assert.Equal("\"\"\"\nfirst\n  second\n\"\"\"", BlockString.Print("first\n  second"));
    }

    [Fact]
    public void BlockString_Print_IndentedFirstLineOfSeveralGoesOnItsOwnLine()
    {
        // As graphql-js prints it: the quotes on their own lines whenever the value has several lines.
        Assert.Equal("\"\"\"\n  first\nsecond\n\"\"\"", BlockString.Print("  first\nsecond"));
    }

    [Fact]
    public void BlockString_Print_IndentedSingleLineStaysOnQuoteLine()
    {
        Assert.Equal("\"\"\"  first\"\"\"", BlockString.Print("  first"));
    }

    [Fact]
    public void BlockString_Print_LongSingleLineGoesOnItsOwnLine()
    {
        var value = new string('x', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
        Assert.Equal("\"\"\"" + value[..70] + "\"\"\"", BlockString.Print(value[..70]));
    }

    [Fact]
    public void BlockString_Print_OnlyEscapedTripleQuotesGoesOnItsOwnLine()
    {
        Assert.Equal("\"\"\"\n\\\"\"\"\n\"\"\"", BlockString.Print("\"\"\""));
    }

    [Fact]
    public void BlockString_Print_EscapesTripleQuotes()
    {
        Assert.Equal("\"\"\"a \\\"\"\" b\"\"\"", BlockString.Print("a \"\"\" b"));
    }

    [Fact]
    public void BlockString_Print_TrailingQuotePrintsOnOwnLines()
    {
        Assert.Equal("\"\"\"\nsay \"hi\"\n\"\"\"", BlockString.Print("say \"hi\""));
    }

    /// <summary>
    /// Every string of up to 6 characters over an alphabet of the troublesome characters: IsPrintable
    /// holds exactly when the printed block string reads back as the same value.
    /// </summary>
    [Fact]
    public void BlockString_IsPrintable_ExactlyWhenPrintRoundTrips()
    {
        char[] alphabet = [' ', 'a', '\n', '"', '\\', '\t'];
        var checkedCount = 0;
        foreach (var value in AllStrings(alphabet, 6))
        {
            string? reread;
            try
            {
                reread = ((StringValueNode)Parser.ParseValue(BlockString.Print(value))).Value;
            }
            catch (GraphQLSyntaxException)
            {
                reread = null;
            }

            Assert.True(BlockString.IsPrintable(value) == (reread == value), $"Value {Printer.PrintString(value)}: IsPrintable={BlockString.IsPrintable(value)}, reread={reread}");
            checkedCount++;
        }

        Assert.Equal(55_987, checkedCount);
    }

    private static IEnumerable<string> AllStrings(char[] alphabet, int maxLength)
    {
        IEnumerable<string> current = [string.Empty];
        yield return string.Empty;
        for (var length = 1; length <= maxLength; length++)
        {
            current = current.SelectMany(prefix => alphabet.Select(c => prefix + c)).ToList();
            foreach (var value in current)
            {
                yield return value;
            }
        }
    }
}
