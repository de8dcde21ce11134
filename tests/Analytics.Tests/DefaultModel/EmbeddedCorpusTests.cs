using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Analytics.Tests.DefaultModel;

public class EmbeddedCorpusTests
{
    [Fact]
    public void Corpus_HasAFilePerTopic()
    {
        Assert.Equal(Taxonomy.Topics.Select(t => $"{t}.jsonl").Order(StringComparer.Ordinal), EmbeddedCorpus.FileNames);
    }

    [Fact]
    public void Corpus_IsLargeEnoughAndCoversEveryTopicDirectionAndAuthor()
    {
        var notes = EmbeddedCorpus.Read();
        Assert.True(notes.Count >= 1500, $"{notes.Count} notes");
        foreach (var topic in Taxonomy.Topics)
        {
            var ofTopic = notes.Where(n => n.Topic == topic).ToArray();
            Assert.True(ofTopic.Length >= 100, $"{topic}: {ofTopic.Length}");
            foreach (var direction in Taxonomy.Directions)
            {
                Assert.True(ofTopic.Count(n => n.Direction == direction) >= 10, $"{topic}/{direction}");
            }

            Assert.Contains(ofTopic, n => n.Note.AuthorRole == ParticipantRole.Senior);
            Assert.Contains(ofTopic, n => n.Note.AuthorRole == ParticipantRole.Junior);
        }
    }

    [Fact]
    public void Corpus_IdsAndTextsAreUnique()
    {
        var notes = EmbeddedCorpus.Read();
        Assert.Equal(notes.Count, notes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(notes.Count, notes.Select(n => n.Note.Text.Trim().ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void Corpus_SharesNoNoteWithTheDevelopmentSet()
    {
        Assert.DoesNotContain(EmbeddedCorpus.Read(), n => DevelopmentSet.ContainsText(n.Note.Text));
    }

    [Fact]
    public void Hash_IsStable()
    {
        Assert.Equal(EmbeddedCorpus.Hash(), EmbeddedCorpus.Hash());
        Assert.Equal(64, EmbeddedCorpus.Hash().Length);
    }
}
