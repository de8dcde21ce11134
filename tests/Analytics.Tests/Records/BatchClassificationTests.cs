using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Records;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Records;

public class BatchClassificationTests
{
    private static readonly Lazy<NoteClassifier> Classifier = new(() => SharedClassifier.Tiny);

    private static async Task<(string Output, BatchSummary Summary)> Run(string input, NoteClassifier? classifier = null)
    {
        var output = new StringWriter();
        var summary = await BatchClassification.RunAsync(classifier ?? Classifier.Value, new StringReader(input), output, new ClassifyOptions(), new RecordLimits());
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

    [Fact]
    public async Task RunAsync_ManyRecordsWithErrorsBetween_KeepsInputOrderAndEncodesInBatches()
    {
        var encoder = new TestEncoder();
        var classifier = ClassifierTrainer.Train(TestNotes.Tiny(), SharedClassifier.Small with { EmbeddingShare = 0.5 }, new NoteEmbedder(encoder));
        encoder.BatchSizes.Clear();
        var before = encoder.Encoded;
        var lines = Enumerable.Range(0, 70).Select(i => i % 10 == 3
            ? $$"""{"id":"n{{i}}","text":"","authorRole":"SENIOR"}"""
            : $$"""{"id":"n{{i}}","text":"Maya showed me Instagram reels, take {{i}}.","authorRole":"SENIOR","seniorName":"Tom Baker","juniorName":"Maya Lopez"}""");

        var (output, summary) = await Run(string.Join('\n', lines), classifier);

        Assert.Equal(new BatchSummary(63, 7), summary);
        var ids = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.Equal(Enumerable.Range(0, 70).Select(i => $"n{i}"), ids);
        Assert.Equal(63, encoder.Encoded - before);
        Assert.True(encoder.BatchSizes.Count < 63, "records are encoded in batches, not one by one");
    }

    [Fact]
    public async Task RunAsync_NoteAtTheDomainLimit_IsClassified()
    {
        var text = string.Concat(Enumerable.Repeat("Maya showed me how Instagram reels reach new followers. ", 400))[..20_000];
        var line = $$"""{"id":"long","text":"{{text}}","authorRole":"SENIOR","seniorName":"Tom Baker","juniorName":"Maya Lopez"}""";

        var (output, summary) = await Run(line);

        Assert.Equal(new BatchSummary(1, 0), summary);
        Assert.Contains("\"topic\":\"social-media\"", output);
    }
}
