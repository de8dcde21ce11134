using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Features;

public class ClauseSubjectTests
{
    private const string J = RoleTokens.Junior;
    private const string S = RoleTokens.Senior;

    /// <summary>The clause of the first occurrence of <paramref name="verb"/> in <paramref name="words"/>.</summary>
    private static Clause Find(string[] words, string verb, bool past = true, SubjectRole previous = SubjectRole.None) =>
        ClauseSubject.Find(words, Array.IndexOf(words, verb), past, previous);

    [Fact]
    public void Find_RoleRightBeforeTheVerb_IsTheSubject()
    {
        Assert.Equal(new Clause(SubjectRole.Junior, false, false, false), Find([J, "showed", S, "reels"], "showed"));
        Assert.Equal(SubjectRole.Senior, Find([S, "explained", "margins"], "explained").Subject);
    }

    [Fact]
    public void Find_LightWordsBetweenSubjectAndVerb_AreSkipped()
    {
        Assert.Equal(SubjectRole.Senior, Find([S, "then", "patiently", "explained", "it"], "explained").Subject);
    }

    [Fact]
    public void Find_MoreLightWordsThanTheLimit_FindsNoSubject()
    {
        Assert.Equal(SubjectRole.None, Find([S, "then", "also", "really", "just", "quickly", "explained"], "explained").Subject);
    }

    [Fact]
    public void Find_NegatorBeforeTheVerb_IsNegated()
    {
        Assert.True(Find([J, "didn't", "know", "that"], "know", past: false).Negated);
    }

    [Fact]
    public void Find_BeAuxiliaryBeforeAParticiple_IsPassive_ButNotBeforeAnIngForm()
    {
        Assert.True(Find([J, "was", "shown", "the", "dashboard"], "shown").Passive);
        Assert.False(Find([J, "was", "showing", "the", "dashboard"], "showing").Passive);
    }

    [Fact]
    public void Find_ModalBeforeTheVerb_IsIrrealis()
    {
        Assert.True(Find([S, "'ll", "explain", "it", "next", "week"], "explain", past: false).Irrealis);
        Assert.True(Find([J, "wants", "to", "show", S, "tiktok"], "show", past: false).Irrealis);
    }

    [Fact]
    public void Find_TriedToBeforeTheVerb_IsAnActThatHappened()
    {
        Assert.False(Find([S, "tried", "to", "explain", "it"], "explain", past: false).Irrealis);
    }

    [Fact]
    public void Find_SubjectProposedByAVerbBeforeIt_IsIrrealis()
    {
        Assert.True(Find([S, "suggested", J, "share", "the", "deck"], "share", past: false).Irrealis);
    }

    [Fact]
    public void Find_RoleFollowedByPossessive_IsNoSubject()
    {
        Assert.Equal(SubjectRole.None, Find([J, "'s", "demo", "showed", "the", "gap"], "showed").Subject);
        Assert.Equal(SubjectRole.None, Find([J, "'s", "showed"], "showed").Subject);
    }

    [Fact]
    public void Find_NounBeforeTheVerb_IsNoParticipant()
    {
        Assert.Equal(SubjectRole.None, Find([J, "manager", "showed", S, "the", "plan"], "showed").Subject);
    }

    [Fact]
    public void Find_WeOrBothParticipantsTogether_IsBoth()
    {
        Assert.Equal(SubjectRole.Both, Find(["we", "swapped", "tips"], "swapped").Subject);
        Assert.Equal(SubjectRole.Both, Find([J, "and", S, "learned", "a", "lot"], "learned").Subject);
    }

    [Fact]
    public void Find_BothParticipantsAfterAVerb_AreItsObjectNotAJointSubject()
    {
        Assert.Equal(SubjectRole.Junior, Find(["told", S, "and", J, "showed", "it"], "showed").Subject);
    }

    [Fact]
    public void Find_CoordinatedVerb_InheritsTheSubjectOfThePreviousClause()
    {
        Assert.Equal(SubjectRole.Senior, Find([S, "showed", J, "the", "plan", "and", "explained", "it"], "explained", previous: SubjectRole.Senior).Subject);
    }

    [Fact]
    public void Find_AuthorMarkerBeforeAPastVerb_IsTheAuthor()
    {
        Assert.Equal(SubjectRole.Junior, Find([RoleTokens.ByJunior, "explained", "bnpl", "fees", "to", S], "explained").Subject);
        Assert.Equal(SubjectRole.Senior, Find([RoleTokens.BySenior, "explained", "margins"], "explained").Subject);
    }

    [Fact]
    public void Find_AuthorMarkerBeforeAPresentVerb_IsAnImperativeWithNoSubject()
    {
        Assert.Equal(SubjectRole.None, Find([RoleTokens.BySenior, "explain", "it", "simply"], "explain", past: false).Subject);
    }

    [Fact]
    public void Find_AuthorMarkerWhoIsTheVerbsObject_MakesTheOtherParticipantTheSubject()
    {
        Assert.Equal(SubjectRole.Senior, Find([RoleTokens.ByJunior, "showed", J, "a", "slide"], "showed").Subject);
    }

    [Fact]
    public void Find_VerbAtTheStart_HasNoSubject()
    {
        Assert.Equal(default, Find(["showed", J, "reels"], "showed"));
    }
}
