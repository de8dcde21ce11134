using MentorGraph.Analytics.Retraining;

namespace MentorGraph.Analytics.Tests.Retraining;

public class HeldOutSplitTests
{
    private static PersonLabeledNote Note(int id, string group) =>
        new(TestNotes.Labeled($"n{id}", $"note {id}", ParticipantRole.Senior, "social-media", "UPWARD"), group);

    [Fact]
    public void Split_KeepsEveryGroupOnOneSide()
    {
        var notes = Enumerable.Range(0, 400).Select(i => Note(i, $"session-{i / 2}")).ToArray();
        var (training, heldOut) = HeldOutSplit.Split(notes);
        Assert.Equal(notes.Length, training.Count + heldOut.Count);
        Assert.Empty(training.Select(n => n.Group).Intersect(heldOut.Select(n => n.Group)));
    }

    [Fact]
    public void Split_HoldsOutAboutAFifth()
    {
        var notes = Enumerable.Range(0, 2000).Select(i => Note(i, $"session-{i}")).ToArray();
        var (_, heldOut) = HeldOutSplit.Split(notes);
        Assert.InRange(heldOut.Count, 320, 480);
    }

    [Fact]
    public void Split_AGroupsSideDoesNotDependOnTheOtherNotesOrTheirOrder()
    {
        var notes = Enumerable.Range(0, 300).Select(i => Note(i, $"session-{i}")).ToArray();
        var (_, all) = HeldOutSplit.Split(notes);
        var (_, fewerReversed) = HeldOutSplit.Split(notes.Take(150).Reverse().ToArray());
        Assert.Equal(
            all.Where(n => fewerReversed.Any(f => f.Group == n.Group)).Select(n => n.Group).Order(),
            fewerReversed.Select(n => n.Group).Order());
        Assert.All(fewerReversed, n => Assert.Contains(n, all));
    }
}
