using MentorGraph.Analytics;
using MentorGraph.Analytics.Records;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>Reads labeled notes from a file, reporting each rejected record as an error line on stderr.</summary>
internal static class LabeledInput
{
    public static async Task<IReadOnlyList<LabeledNote>> ReadAsync(CliContext context, string path, RecordLimits limits)
    {
        LabeledNotes file;
        using (var reader = InputFiles.Open(path))
        {
            file = LabeledNotesFile.Read(reader, limits);
        }

        foreach (var rejected in file.Rejected)
        {
            await context.Error.WriteLineAsync(ClassificationJson.Error(rejected.Id, rejected.Error!));
        }

        if (file.Rejected.Count > 0)
        {
            await context.Error.WriteLineAsync($"{path}: skipped {file.Rejected.Count} invalid record(s)");
        }

        if (file.Notes.Count == 0)
        {
            throw new CommandFailedException($"'{path}' has no valid labeled notes.");
        }

        return file.Notes;
    }
}
