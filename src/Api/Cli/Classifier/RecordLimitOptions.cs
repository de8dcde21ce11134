using System.CommandLine;
using MentorGraph.Analytics.Records;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>The options that set <see cref="RecordLimits"/>; shared by classify, train and evaluate.</summary>
internal sealed class RecordLimitOptions
{
    private static readonly RecordLimits Defaults = new();

    private readonly Option<int?> _text = CliOptions.Int("--max-text-length", 1, 1_000_000, $"Longest note text accepted (default {Defaults.MaxTextLength} characters).");
    private readonly Option<int?> _line = CliOptions.Int("--max-line-length", 16, 16_000_000, $"Longest input line (default {Defaults.MaxLineLength} characters).");
    private readonly Option<int?> _name = CliOptions.Int("--max-name-length", 1, 10_000, $"Longest participant name (default {Defaults.MaxNameLength}).");
    private readonly Option<int?> _id = CliOptions.Int("--max-id-length", 1, 10_000, $"Longest record id (default {Defaults.MaxIdLength}).");

    public void AddTo(Command command)
    {
        command.Options.Add(_text);
        command.Options.Add(_line);
        command.Options.Add(_name);
        command.Options.Add(_id);
    }

    public RecordLimits Read(ParseResult parsed) => new()
    {
        MaxTextLength = parsed.GetValue(_text) ?? Defaults.MaxTextLength,
        MaxLineLength = parsed.GetValue(_line) ?? Defaults.MaxLineLength,
        MaxNameLength = parsed.GetValue(_name) ?? Defaults.MaxNameLength,
        MaxIdLength = parsed.GetValue(_id) ?? Defaults.MaxIdLength,
    };
}
