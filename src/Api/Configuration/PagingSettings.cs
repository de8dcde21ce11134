namespace MentorGraph.Api.Configuration;

/// <summary>
/// Page sizes of every connection of the API (section <c>Paging</c>): HotChocolate's defaults, 10 and 50. They
/// also set the generated <c>@listSize</c> of each paged field, so cost analysis and clients see the same numbers.
/// </summary>
public sealed class PagingSettings : ISettingsSection
{
    public const int Ceiling = 1000;

    public static string SectionName => "Paging";

    /// <summary>Items per page when a client gives neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c> a client may ask for; more is a PAGE_SIZE_EXCEEDED error.</summary>
    public int MaxPageSize { get; set; } = 50;

    public IEnumerable<SettingProblem> Problems()
    {
        if (MaxPageSize is < 1 or > Ceiling)
        {
            yield return new(nameof(MaxPageSize), $"must be from 1 to {Ceiling} (it is {MaxPageSize}).");
        }

        if (DefaultPageSize < 1 || DefaultPageSize > MaxPageSize)
        {
            yield return new(nameof(DefaultPageSize), $"must be from 1 to MaxPageSize ({MaxPageSize}) (it is {DefaultPageSize}).");
        }
    }
}
