using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Records;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Records;

public class BatchClassificationTests
{
    private static readonly Lazy<NoteClassifier> Classifier = new(() =>
        ClassifierTrainer.Train(TestNotes.Tiny(), new ClassifierOptions { Features = new() { HashBits = 12 } }));

    private static async Task<(string Output, BatchSummary Summary)> Run(string input)
    {
        var output = new StringWriter();
        var summary = await BatchClassification.RunAsync(Classifier.Value, new StringReader(input), output, new ClassifyOptions(), new RecordLimits());
        return (output.ToString(), summary);
    }

    [Fact]
    public async Task RunAsync_NoteWithQuotesApostrophesAndAccents_IsWrittenReadably()
    {
        const string input = """{"id":"José's \"café\" note","text":"Maya's \"reels\" — Zoë showed me Instagram, très bien.","authorRole":"SENIOR","seniorName":"Tom Baker","juniorName":"Zoë Dupré"}""";

        var (output, summary) = await Run(input);

        Assert.Equal(new BatchSummary(1, 0), summary);
        Assert.StartsWith("""{"id":"José's \"café\" note","topic":"social-media",""", output);
        Assert.DoesNotContain("\\u", output);
    }

    [Fact]
    public async Task RunAsync_RejectedNoteWithQuotesApostrophesAndAccents_GivesThisExactErrorLine()
    {
        const string input = """{"id":"Zoë's \"n1\"","text":"L'équipe a dit \"oui\".","authorRole":"CEO"}""";

        var (output, summary) = await Run(input);

        Assert.Equal(new BatchSummary(0, 1), summary);
        Assert.Equal(
            """{"id":"Zoë's \"n1\"","error":{"code":"INVALID_VALUE","field":"authorRole","message":"\"authorRole\" must be \"SENIOR\" or \"JUNIOR\"."}}""" + Environment.NewLine,
            output);
    }
}
