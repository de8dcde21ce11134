using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Text;

public class RoleNormalizerTests
{
    private static readonly RoleNormalizationOptions NoMarker = new() { AuthorMarker = AuthorMarkerPlacement.None };

    private static string Normalize(string text, ParticipantRole author, string? senior = "Tom Baker", string? junior = "Maya Lopez",
        RoleNormalizationOptions? options = null) =>
        RoleNormalizer.Normalize(new Note(text, author, senior, junior), options ?? NoMarker).ToString();

    [Fact]
    public void Normalize_SeniorAuthorAndJuniorAuthor_ReadAlike()
    {
        var bySenior = Normalize("Maya showed me reels", ParticipantRole.Senior);
        var byJunior = Normalize("I showed Tom reels", ParticipantRole.Junior);

        Assert.Equal("[junior] showed [senior] reels", bySenior);
        Assert.Equal("[junior] showed [senior] reels", byJunior);
    }

    [Fact]
    public void Normalize_FullNameBecomesOneRoleToken()
    {
        Assert.Equal("[junior] explained it to [senior]", Normalize("Maya Lopez explained it to Tom Baker", ParticipantRole.Junior));
    }

    [Fact]
    public void Normalize_LastNameWithTitle_IsMatched()
    {
        Assert.Equal("ms [junior] asked [senior]", Normalize("Ms. Lopez asked me", ParticipantRole.Senior));
    }

    [Fact]
    public void Normalize_PossessivesKeepTheirMarker()
    {
        Assert.Equal("[senior] 's deck and [junior] 's notes", Normalize("Tom's deck and my notes", ParticipantRole.Junior));
    }

    [Fact]
    public void Normalize_ThirdPersonPronounsBecomeTheOtherParticipant()
    {
        Assert.Equal("[senior] asked [junior] and [junior] showed [senior] [junior] 's dashboard",
            Normalize("I asked her and she showed me his dashboard", ParticipantRole.Senior));
    }

    [Fact]
    public void Normalize_PronounMappingOff_KeepsPronouns()
    {
        Assert.Equal("she showed [senior]", Normalize("She showed me", ParticipantRole.Senior,
            options: NoMarker with { MapThirdPersonPronouns = false }));
    }

    [Fact]
    public void Normalize_TheyIsKeptUnlessEnabled()
    {
        Assert.Equal("they liked [junior] 's idea", Normalize("They liked my idea", ParticipantRole.Junior));
        Assert.Equal("[senior] liked [junior] 's idea", Normalize("They liked my idea", ParticipantRole.Junior,
            options: NoMarker with { MapTheyPronouns = true }));
    }

    [Fact]
    public void Normalize_LowerCaseNameWordInCapitalizedText_IsNotAName()
    {
        Assert.Equal("[senior] will mark it and [junior] agreed",
            Normalize("I will mark it and Will agreed", ParticipantRole.Senior, senior: "Mark Hale", junior: "Will Ford"));
    }

    [Fact]
    public void Normalize_TextWithoutCapitals_MatchesLowerCaseNames()
    {
        Assert.Equal("showed [senior] how it works", Normalize("showed tom how it works", ParticipantRole.Junior));
    }

    [Fact]
    public void Normalize_SharedFirstName_IsOnlyMatchedAsFullName()
    {
        var text = Normalize("Alex Kim met Alex and Alex Park", ParticipantRole.Senior, senior: "Alex Kim", junior: "Alex Park");
        Assert.Equal("[senior] met alex and [junior]", text);
    }

    [Fact]
    public void Normalize_MissingNames_StillMapsPronouns()
    {
        Assert.Equal("[junior] showed [senior]", Normalize("He showed me", ParticipantRole.Senior, senior: null, junior: null));
    }

    [Fact]
    public void Normalize_SentenceMarkers_GiveSubjectlessSentencesTheirAuthor()
    {
        var options = new RoleNormalizationOptions { AuthorMarker = AuthorMarkerPlacement.SentenceStart };
        Assert.Equal("[by-junior] explained fees to [senior] | [by-junior] [senior] nodded",
            Normalize("Explained fees to Tom. He nodded", ParticipantRole.Junior, options: options));
    }

    [Fact]
    public void Normalize_NoteStartMarker_IsOnlyBeforeTheFirstSentence()
    {
        var options = new RoleNormalizationOptions { AuthorMarker = AuthorMarkerPlacement.NoteStart };
        Assert.Equal("[by-senior] one | two", Normalize("One. Two.", ParticipantRole.Senior, options: options));
    }

    [Fact]
    public void SwapRoles_SwapsEveryRoleTokenAndKeepsWords()
    {
        var note = RoleNormalizer.Normalize(new Note("I showed Tom reels", ParticipantRole.Junior, "Tom Baker", "Maya Lopez"),
            new RoleNormalizationOptions { AuthorMarker = AuthorMarkerPlacement.SentenceStart });
        Assert.Equal("[by-senior] [senior] showed [junior] reels", note.SwapRoles().ToString());
    }
}
