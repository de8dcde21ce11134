using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Text;

public class ParticipantNamesTests
{
    private static ReadOnlySpan<WordToken> Tokens(string text)
    {
        var buffer = new TokenBuffer();
        Tokenizer.Tokenize(text, buffer);
        return buffer.Tokens;
    }

    [Fact]
    public void Match_FullNameWithMoreParts_IsMatchedWhole()
    {
        var names = new ParticipantNames("Mei Tan", "Mei Lin Chau");

        Assert.Equal((ParticipantRole.Junior, 3), names.Match(Tokens("Mei Lin Chau came"), 0, caseInsensitive: false));
        Assert.Equal((ParticipantRole.Senior, 2), names.Match(Tokens("Mei Tan came"), 0, caseInsensitive: false));
    }

    [Fact]
    public void Match_PartOfOneNameOnly_IsThatParticipant()
    {
        var names = new ParticipantNames("Tom Baker", "Maya Lopez");

        Assert.Equal((ParticipantRole.Senior, 1), names.Match(Tokens("Baker"), 0, caseInsensitive: false));
        Assert.Equal((ParticipantRole.Junior, 1), names.Match(Tokens("Maya"), 0, caseInsensitive: false));
    }

    [Fact]
    public void Match_PartBothNamesShare_IsNotMatchedAlone()
    {
        var names = new ParticipantNames("Alex Kim", "Alex Park");

        Assert.Equal((null, 0), names.Match(Tokens("Alex"), 0, caseInsensitive: false));
    }

    [Fact]
    public void Match_LowerCaseWord_IsOnlyMatchedCaseInsensitively()
    {
        var names = new ParticipantNames("Mark Hale", "Will Ford");

        Assert.Equal((null, 0), names.Match(Tokens("will"), 0, caseInsensitive: false));
        Assert.Equal((ParticipantRole.Junior, 1), names.Match(Tokens("will"), 0, caseInsensitive: true));
    }

    [Fact]
    public void Match_InitialsAndClitics_AreNotNameParts()
    {
        var names = new ParticipantNames("J. R. Smith", "Maya's");

        Assert.Equal((null, 0), names.Match(Tokens("J"), 0, caseInsensitive: false));
        Assert.Equal((ParticipantRole.Senior, 1), names.Match(Tokens("Smith"), 0, caseInsensitive: false));
        Assert.Equal((ParticipantRole.Junior, 1), names.Match(Tokens("Maya"), 0, caseInsensitive: false));
    }

    [Fact]
    public void Match_MissingNames_MatchNothing()
    {
        var names = new ParticipantNames(null, "  ");

        Assert.Equal((null, 0), names.Match(Tokens("Tom"), 0, caseInsensitive: true));
    }

    [Fact]
    public void For_SamePairTwice_ReusesTheInstance_AndANewPairGetsItsOwn()
    {
        var first = ParticipantNames.For("Tom Baker", "Maya Lopez");

        Assert.Same(first, ParticipantNames.For("Tom Baker", "Maya Lopez"));
        Assert.NotSame(first, ParticipantNames.For("Tom Baker", "Maya Lopes"));
    }
}
