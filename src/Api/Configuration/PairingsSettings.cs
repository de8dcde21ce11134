namespace MentorGraph.Api.Configuration;

/// <summary>
/// Pairings (section <c>Pairings</c>): how long a proposal waits for an answer. <c>proposePairing</c> stores
/// <c>respondBy</c> = now + <see cref="RespondWithinDays"/>; a job of a later issue expires the proposals not
/// answered by then.
/// </summary>
public sealed class PairingsSettings : ISettingsSection
{
    public static string SectionName => "Pairings";

    /// <summary>Days a PROPOSED pairing waits for acceptance or decline.</summary>
    public int RespondWithinDays { get; set; } = 14;

    public TimeSpan RespondWithin => TimeSpan.FromDays(RespondWithinDays);

    public IEnumerable<SettingProblem> Problems()
    {
        if (RespondWithinDays is < 1 or > 365)
        {
            yield return new(nameof(RespondWithinDays), $"must be from 1 to 365 days (it is {RespondWithinDays}).");
        }
    }
}
