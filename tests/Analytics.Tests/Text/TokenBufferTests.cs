using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Text;

public class TokenBufferTests
{
    private static WordToken Word(string text) => new(text, false);

    private static string[] Texts(ReadOnlySpan<WordToken> tokens)
    {
        var texts = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            texts[i] = tokens[i].Text;
        }

        return texts;
    }

    [Fact]
    public void Sentence_ReturnsTheTokensOfEachClosedSentence()
    {
        var buffer = new TokenBuffer();
        buffer.Add(Word("one"));
        buffer.Add(Word("two"));
        buffer.EndSentence();
        buffer.Add(Word("three"));
        buffer.EndSentence();

        Assert.Equal(2, buffer.SentenceCount);
        Assert.Equal(["one", "two"], Texts(buffer.Sentence(0)));
        Assert.Equal(["three"], Texts(buffer.Sentence(1)));
        Assert.Equal(["one", "two", "three"], Texts(buffer.Tokens));
    }

    [Fact]
    public void EndSentence_WithoutNewTokens_AddsNoEmptySentence()
    {
        var buffer = new TokenBuffer();
        buffer.EndSentence();
        buffer.Add(Word("one"));
        buffer.EndSentence();
        buffer.EndSentence();

        Assert.Equal(1, buffer.SentenceCount);
    }

    [Fact]
    public void Add_BeyondTheInitialArrays_KeepsEveryTokenAndSentence()
    {
        var buffer = new TokenBuffer();
        for (var i = 0; i < 1000; i++)
        {
            buffer.Add(Word(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            buffer.EndSentence();
        }

        Assert.Equal(1000, buffer.Count);
        Assert.Equal(1000, buffer.SentenceCount);
        Assert.Equal(["999"], Texts(buffer.Sentence(999)));
    }

    [Fact]
    public void Sentence_IndexPastTheClosedSentences_Throws()
    {
        var buffer = new TokenBuffer();
        buffer.Add(Word("open"));

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Sentence(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Sentence(-1));
    }

    [Fact]
    public void Clear_EmptiesTheBufferForTheNextText()
    {
        var buffer = new TokenBuffer();
        buffer.Add(Word("old"));
        buffer.EndSentence();
        buffer.Clear();
        buffer.Add(Word("new"));
        buffer.EndSentence();

        Assert.Equal(1, buffer.SentenceCount);
        Assert.Equal(["new"], Texts(buffer.Sentence(0)));
    }
}
