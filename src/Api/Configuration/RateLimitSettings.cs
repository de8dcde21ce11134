namespace MentorGraph.Api.Configuration;

/// <summary>
/// Per-client rate limits of the GraphQL endpoint (section <c>RateLimiting</c>): a token bucket per client
/// (the signed-in user once there is sign-in, else the client's IP address). A request over the limit is
/// answered 429 with a GraphQL error body and a <c>Retry-After</c> header.
/// </summary>
public sealed class RateLimitSettings : ISettingsSection
{
    public static string SectionName => "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may make per second, sustained.</summary>
    public int RequestsPerSecond { get; set; } = 50;

    /// <summary>Requests a client may make in a burst after being idle.</summary>
    public int Burst { get; set; } = 200;

    public IEnumerable<SettingProblem> Problems()
    {
        if (RequestsPerSecond is < 1 or > 1_000_000)
        {
            yield return new(nameof(RequestsPerSecond), $"must be from 1 to 1000000 (it is {RequestsPerSecond}).");
        }

        if (Burst < RequestsPerSecond || Burst > 10_000_000)
        {
            yield return new(nameof(Burst), $"must be at least RequestsPerSecond ({RequestsPerSecond}) and at most 10000000 (it is {Burst}).");
        }
    }
}
