using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Analytics.Tests.Embeddings;

public class EmbeddingTextTests
{
    private static string For(string text, string? senior = "Grant Lopez", string? junior = "Maya Will") =>
        EmbeddingText.For(new Note(text, ParticipantRole.Senior, senior, junior));

    [Fact]
    public void For_FullAndPartialNames_BecomeTheSeniorAndTheJunior()
    {
        Assert.Equal(
            "the junior showed the senior reels; Ms. the senior liked the junior's tips.",
            For("Maya Will showed Grant reels; Ms. Lopez liked Maya's tips."));
    }

    [Fact]
    public void For_NameLikeWordsInLowerCase_StayInANoteWithCapitals()
    {
        Assert.Equal("We will grant budget. the senior agreed.", For("We will grant budget. Grant agreed."));
    }

    [Fact]
    public void For_NoteWithoutCapitals_MatchesNamesInAnyCase()
    {
        Assert.Equal("the junior showed the senior tiktok", For("maya showed grant tiktok"));
    }

    [Fact]
    public void For_OnlyWholeWords()
    {
        Assert.Equal("Mayan art and Granted leave", For("Mayan art and Granted leave"));
    }

    [Fact]
    public void For_SharedNamePart_IsOnlyReplacedInAFullName()
    {
        Assert.Equal("the senior met the junior; Lee smiled.", For("Ann Lee met Bo Lee; Lee smiled.", "Ann Lee", "Bo Lee"));
    }

    [Fact]
    public void For_NoNames_KeepsTheText()
    {
        Assert.Equal("She showed me reels.", For("She showed me reels.", null, null));
    }

    [Fact]
    public void Chunks_ShortText_IsOneChunk()
    {
        Assert.Equal(["Short note."], EmbeddingText.Chunks("Short note.", 700));
    }

    [Fact]
    public void Chunks_LongText_SplitsAtSentenceEndsWithinTheLimit()
    {
        var sentence = "We looked at the quarterly numbers and the churn of the retail accounts together. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 40)).Trim();

        var chunks = EmbeddingText.Chunks(text, 700);

        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 700));
        Assert.All(chunks, c => Assert.EndsWith(".", c));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(chunks).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Chunks_TextWithoutBreaks_IsCutAtTheLimit()
    {
        var text = new string('x', 2000);

        var chunks = EmbeddingText.Chunks(text, 700);

        Assert.Equal([700, 700, 600], chunks.Select(c => c.Length));
    }
}
