using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Text;

public class TokenizerTests
{
    private static string[][] Words(string text) =>
        Tokenizer.Tokenize(text).Select(s => s.Select(t => t.Text).ToArray()).ToArray();

    [Fact]
    public void Tokenize_LowerCasesAndSplitsOnPunctuation()
    {
        Assert.Equal([["we", "rewrote", "the", "linkedin", "headline", "together"]], Words("We rewrote the LinkedIn headline, together"));
    }

    [Fact]
    public void Tokenize_EndsSentencesAtTerminators()
    {
        Assert.Equal([["one"], ["two"], ["three"], ["four"]], Words("One. Two! Three?\nFour"));
    }

    [Fact]
    public void Tokenize_DecimalPointAndTitle_DoNotEndSentence()
    {
        Assert.Equal([["mr", "tanaka", "cut", "it", "to", "3", "5", "pages"]], Words("Mr. Tanaka cut it to 3.5 pages"));
    }

    [Fact]
    public void Tokenize_SplitsCliticsButKeepsNegations()
    {
        Assert.Equal([["maya", "'s", "team", "didn't", "say", "i", "'d", "come"]], Words("Maya's team didn't say I'd come"));
    }

    [Fact]
    public void Tokenize_TypographicApostrophe_IsTheSameAsAscii()
    {
        Assert.Equal(Words("Maya's"), Words("Maya\u2019s"));
    }

    [Fact]
    public void Tokenize_FoldsDiacritics()
    {
        Assert.Equal([["rafael", "dominguez", "zolkiewski", "cafe"]], Words("Rafael Domínguez Żółkiewski café"));
    }

    [Fact]
    public void Tokenize_SplitsHyphensAndKeepsSymbols()
    {
        Assert.Equal([["buy", "now", "pay", "later", "fees", "are", "3", "6", "%", "#", "ads"]], Words("buy-now-pay-later fees are 3-6% #ads"));
    }

    [Fact]
    public void Tokenize_RemembersCapitalization()
    {
        var tokens = Tokenizer.Tokenize("Showed Will the will")[0];
        Assert.Equal([true, true, false, false], tokens.Select(t => t.Capitalized).ToArray());
    }

    [Fact]
    public void Tokenize_EmptyOrPunctuationOnly_GivesNoSentences()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" ... !? "));
    }

    [Fact]
    public void Tokenize_IntoAReusedBuffer_ReplacesTheEarlierText()
    {
        var buffer = new TokenBuffer();
        Tokenizer.Tokenize("One. Two. Three.", buffer);
        Tokenizer.Tokenize("Four", buffer);

        Assert.Equal(1, buffer.SentenceCount);
        Assert.Equal("four", Assert.Single(buffer.Sentence(0).ToArray()).Text);
    }

    [Fact]
    public void Tokenize_WordLongerThanTheScratchBuffer_IsKeptWhole()
    {
        var word = new string('x', 1000);
        Assert.Equal([["a", word, "b"]], Words($"A {word.ToUpperInvariant()} b"));
    }

    [Fact]
    public void Tokenize_CrLfAndBlankLines_EndOneSentenceEach()
    {
        Assert.Equal([["one"], ["two"], ["three"]], Words("One\r\nTwo\r\n\r\nThree\r\n"));
    }
}
