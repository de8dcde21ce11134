using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.Records;

/// <summary>How many records a batch classified and rejected.</summary>
public sealed record BatchSummary(int Classified, int Rejected);

/// <summary>Classifies a JSON Lines stream record by record: a bad record gets an error line and the batch goes on.</summary>
public static class BatchClassification
{
    /// <summary>Records read before they are classified together (their sentence embeddings are computed in one go).</summary>
    public const int GroupSize = 32;

    public static async Task<BatchSummary> RunAsync(
        NoteClassifier classifier,
        TextReader input,
        TextWriter output,
        ClassifyOptions options,
        RecordLimits limits,
        CancellationToken cancellationToken = default)
    {
        options.Validate();
        var classified = 0;
        var rejected = 0;
        var group = new List<NoteRecord>(GroupSize);
        foreach (var record in JsonLinesReader.Read(input, limits, requireLabels: false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            group.Add(record);
            if (group.Count == GroupSize)
            {
                (classified, rejected) = await WriteGroup(classifier, group, output, options, classified, rejected);
            }
        }

        (classified, rejected) = await WriteGroup(classifier, group, output, options, classified, rejected);
        return new BatchSummary(classified, rejected);
    }

    /// <summary>Classifies the group's valid records together, then writes every line in input order.</summary>
    private static async Task<(int Classified, int Rejected)> WriteGroup(
        NoteClassifier classifier, List<NoteRecord> group, TextWriter output, ClassifyOptions options, int classified, int rejected)
    {
        var valid = group.Where(r => r.Error is null).Select(r => r.Note!).ToArray();
        var results = classifier.ClassifyMany(valid, options);
        var next = 0;
        foreach (var record in group)
        {
            if (record.Error is { } error)
            {
                await output.WriteLineAsync(ClassificationJson.Error(record.Id, error));
                rejected++;
            }
            else
            {
                await output.WriteLineAsync(ClassificationJson.Result(record.Id, results[next++]));
                classified++;
            }
        }

        group.Clear();
        return (classified, rejected);
    }
}
