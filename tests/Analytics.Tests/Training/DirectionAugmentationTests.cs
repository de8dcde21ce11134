using MentorGraph.Analytics.Text;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Training;

public class DirectionAugmentationTests
{
    private static NoteTokens Tokens(string text, ParticipantRole author) =>
        RoleNormalizer.Normalize(new Note(text, author, "Tom Baker", "Maya Lopez"), new RoleNormalizationOptions());

    [Fact]
    public void Augment_AddsSwappedCopyWithFlippedDirection()
    {
        var original = Tokens("Maya showed me reels", ParticipantRole.Senior);
        var result = DirectionAugmentation.Augment([(original, "UPWARD")]);

        Assert.Equal(2, result.Count);
        Assert.Same(original, result[0].Note);
        Assert.Equal("[by-junior] [senior] showed [junior] reels", result[1].Note.ToString());
        Assert.Equal("DOWNWARD", result[1].Direction);
    }

    [Fact]
    public void Augment_SwappedNote_EqualsTheSameStoryWrittenByTheOtherSide()
    {
        // A senior writing "Maya showed me" swapped reads like a junior writing "Tom showed me".
        var swapped = Tokens("Maya showed me reels", ParticipantRole.Senior).SwapRoles();
        var otherSide = Tokens("Tom showed me reels", ParticipantRole.Junior);
        Assert.Equal(otherSide.ToString(), swapped.ToString());
    }

    [Theory]
    [InlineData("UPWARD", "DOWNWARD")]
    [InlineData("DOWNWARD", "UPWARD")]
    [InlineData("MUTUAL", "MUTUAL")]
    public void FlipDirection_SwapsUpAndDownKeepsMutual(string direction, string flipped)
    {
        Assert.Equal(flipped, Taxonomy.FlipDirection(direction));
    }
}
