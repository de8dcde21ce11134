using MentorGraph.Analytics.Records;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>The options that set <see cref="RecordLimits"/>; shared by classify, train and evaluate.</summary>
internal static class RecordLimitArguments
{
    public static readonly string[] Names = ["max-text-length", "max-line-length", "max-name-length", "max-id-length"];

    public const string Help =
        "  --max-text-length N   longest note text accepted (default 5000 characters)\n" +
        "  --max-line-length N   longest input line (default 65536 characters)\n" +
        "  --max-name-length N   longest participant name (default 200)\n" +
        "  --max-id-length N     longest record id (default 200)";

    public static RecordLimits Read(CommandArguments args)
    {
        var defaults = new RecordLimits();
        return new RecordLimits
        {
            MaxTextLength = args.Int("max-text-length", 1, 1_000_000) ?? defaults.MaxTextLength,
            MaxLineLength = args.Int("max-line-length", 16, 16_000_000) ?? defaults.MaxLineLength,
            MaxNameLength = args.Int("max-name-length", 1, 10_000) ?? defaults.MaxNameLength,
            MaxIdLength = args.Int("max-id-length", 1, 10_000) ?? defaults.MaxIdLength,
        };
    }
}
