using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.Records;

/// <summary>How many records a batch classified and rejected.</summary>
public sealed record BatchSummary(int Classified, int Rejected);

/// <summary>Classifies a JSON Lines stream record by record: a bad record gets an error line and the batch goes on.</summary>
public static class BatchClassification
{
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
        foreach (var record in JsonLinesReader.Read(input, limits, requireLabels: false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (record.Error is { } error)
            {
                await output.WriteLineAsync(ClassificationJson.Error(record.Id, error));
                rejected++;
                continue;
            }

            var result = classifier.Classify(record.Note!, options);
            await output.WriteLineAsync(ClassificationJson.Result(record.Id, result));
            classified++;
        }

        return new BatchSummary(classified, rejected);
    }
}
