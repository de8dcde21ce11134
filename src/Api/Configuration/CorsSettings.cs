namespace MentorGraph.Api.Configuration;

/// <summary>
/// Which web pages on other origins may call the API from a browser (section <c>Cors</c>). A preflight from
/// an allowed origin gets that origin echoed back (never <c>*</c>) with POST and the <c>content-type</c> and
/// <c>authorization</c> headers allowed; any other origin gets no CORS headers.
/// </summary>
public sealed class CorsSettings : ISettingsSection
{
    public static string SectionName => "Cors";

    /// <summary>Origins allowed in any environment, e.g. <c>https://app.example.com</c> (scheme, host and port; no path).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Allow every <c>http://localhost:&lt;port&gt;</c> (and 127.0.0.1) origin: front-end dev servers. On in Development.</summary>
    public bool AllowLocalhost { get; set; }

    /// <summary>Seconds a browser may cache a preflight answer.</summary>
    public int PreflightMaxAgeSeconds { get; set; } = 600;

    public IEnumerable<SettingProblem> Problems()
    {
        for (var i = 0; i < AllowedOrigins.Length; i++)
        {
            var origin = AllowedOrigins[i];
            if (!IsOrigin(origin))
            {
                yield return new($"{nameof(AllowedOrigins)}:{i}",
                    $"'{origin}' is not an origin: write the scheme, host and port only, e.g. https://app.example.com ('*' is not allowed).");
            }
        }

        if (PreflightMaxAgeSeconds is < 0 or > 86400)
        {
            yield return new(nameof(PreflightMaxAgeSeconds), $"must be from 0 to 86400 seconds (it is {PreflightMaxAgeSeconds}).");
        }
    }

    /// <summary>An absolute http(s) URI with nothing after the authority.</summary>
    public static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/" && !origin.EndsWith('/') && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && uri.UserInfo.Length == 0;

    /// <summary>Whether a request's <c>Origin</c> may call the API.</summary>
    public bool Allows(string origin)
    {
        if (AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return AllowLocalhost
            && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttp
            && uri.Host is "localhost" or "127.0.0.1" or "[::1]"
            && IsOrigin(origin);
    }
}
