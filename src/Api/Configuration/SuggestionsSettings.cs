namespace MentorGraph.Api.Configuration;

/// <summary>
/// <c>suggestedPairings</c> (section <c>Suggestions</c>): how many candidates are scored in full and the most one answer
/// lists. The weights of the score are fixed and documented in <c>Schema/Suggestions/PairingScore</c>.
/// </summary>
public sealed class SuggestionsSettings : ISettingsSection
{
    public static string SectionName => "Suggestions";

    /// <summary>
    /// The candidates (by declared topics, lessons and classified notes taught, both ways) who are scored in full: bounds the work of one request whatever the company's size.
    /// </summary>
    public int ShortlistSize { get; set; } = 200;

    /// <summary>The largest <c>first</c> a request may ask for.</summary>
    public int MaxFirst { get; set; } = 50;

    public IEnumerable<SettingProblem> Problems()
    {
        if (ShortlistSize is < 1 or > 10_000)
        {
            yield return new(nameof(ShortlistSize), $"must be from 1 to 10000 candidates (it is {ShortlistSize}).");
        }

        if (MaxFirst is < 1 or > 1000)
        {
            yield return new(nameof(MaxFirst), $"must be from 1 to 1000 candidates (it is {MaxFirst}).");
        }

        if (MaxFirst > ShortlistSize)
        {
            yield return new(nameof(MaxFirst), $"must not exceed Suggestions:ShortlistSize ({ShortlistSize}); it is {MaxFirst}.");
        }
    }
}
