using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Analytics.Tests.Evaluation;

public class DevelopmentSetTests
{
    [Fact]
    public void Read_Gives240ValidNotesWithUniqueIdsOverEveryTopicAndDirection()
    {
        var notes = DevelopmentSet.Read();

        Assert.Equal(240, notes.Count);
        Assert.Equal(notes.Count, notes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(Taxonomy.Topics.Order(StringComparer.Ordinal), notes.Select(n => n.Topic).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Taxonomy.Directions.Order(StringComparer.Ordinal), notes.Select(n => n.Direction).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ContainsText_DevNoteInOtherCaseAndSpacing_IsFound()
    {
        var text = DevelopmentSet.Read()[0].Note.Text;

        Assert.True(DevelopmentSet.ContainsText(text));
        Assert.True(DevelopmentSet.ContainsText("  " + text.ToUpperInvariant().Replace(" ", " \n\t ") + " "));
    }

    [Fact]
    public void ContainsText_CorpusNote_IsNotFound()
    {
        Assert.False(DevelopmentSet.ContainsText(EmbeddedCorpus.Read()[0].Note.Text));
    }
}
