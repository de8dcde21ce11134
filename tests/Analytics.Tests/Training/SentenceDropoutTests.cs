using MentorGraph.Analytics.Text;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Training;

public class SentenceDropoutTests
{
    [Fact]
    public void Augment_AddsOneShorterCopyOfEachMultiSentenceNote()
    {
        var three = new NoteTokens([["a"], ["b"], ["c"]]);
        var one = new NoteTokens([["x"]]);

        var result = SentenceDropout.Augment([(three, 4), (one, 7)], seed: 3);

        Assert.Equal(3, result.Count);
        Assert.Same(three, result[0].Note);
        Assert.Same(one, result[1].Note);
        var copy = result[2];
        Assert.Equal(4, copy.Label);
        Assert.Equal(2, copy.Note.Sentences.Count);
        Assert.All(copy.Note.Sentences, s => Assert.Contains(s, three.Sentences));
    }

    [Fact]
    public void Augment_IsSeeded()
    {
        var notes = Enumerable.Range(0, 20).Select(i => (new NoteTokens([[$"a{i}"], [$"b{i}"], [$"c{i}"]]), i)).ToArray();
        var first = SentenceDropout.Augment(notes, seed: 1).Select(e => e.Note.ToString());
        var again = SentenceDropout.Augment(notes, seed: 1).Select(e => e.Note.ToString());
        var other = SentenceDropout.Augment(notes, seed: 2).Select(e => e.Note.ToString());
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }
}
