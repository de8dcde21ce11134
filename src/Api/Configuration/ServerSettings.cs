namespace MentorGraph.Api.Configuration;

/// <summary>The HTTP server of <c>serve</c> (section <c>Server</c>).</summary>
public sealed class ServerSettings : ISettingsSection
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static string SectionName => "Server";

    /// <summary>Addresses to listen on, separated by ';' (<c>serve --urls</c>, alias <c>MENTORGRAPH_URLS</c>).</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>Seconds requests in flight get to finish after SIGTERM/Ctrl-C (alias <c>MENTORGRAPH_SHUTDOWN_TIMEOUT</c>).</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 10;

    /// <summary>Seconds a request may run before it is cancelled and answered 504 with a GraphQL error; 0 = no limit.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Seconds the readiness check waits for the database.</summary>
    public int HealthCheckTimeoutSeconds { get; set; } = 3;

    public IEnumerable<SettingProblem> Problems()
    {
        if (string.IsNullOrWhiteSpace(Urls) || UrlList().Count == 0)
        {
            yield return new(nameof(Urls), "give at least one address to listen on, e.g. http://127.0.0.1:5080.");
        }
        else
        {
            foreach (var url in UrlList())
            {
                if (!IsListenAddress(url))
                {
                    yield return new(nameof(Urls), $"'{url}' is not an http:// or https:// address to listen on.");
                }
            }
        }

        if (ShutdownTimeoutSeconds is < 0 or > 3600)
        {
            yield return new(nameof(ShutdownTimeoutSeconds), $"must be from 0 to 3600 seconds (it is {ShutdownTimeoutSeconds}).");
        }

        if (RequestTimeoutSeconds is < 0 or > 3600)
        {
            yield return new(nameof(RequestTimeoutSeconds), $"must be from 0 (no limit) to 3600 seconds (it is {RequestTimeoutSeconds}).");
        }

        if (HealthCheckTimeoutSeconds is < 1 or > 60)
        {
            yield return new(nameof(HealthCheckTimeoutSeconds), $"must be from 1 to 60 seconds (it is {HealthCheckTimeoutSeconds}).");
        }
    }

    /// <summary>The addresses, trimmed, without empty entries.</summary>
    public IReadOnlyList<string> UrlList() => Urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An absolute http(s) address such as <c>http://127.0.0.1:5080</c> or Kestrel's <c>http://*:80</c>.</summary>
    public static bool IsListenAddress(string url)
    {
        var scheme = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http://"
            : url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "https://"
            : null;
        if (scheme is null)
        {
            return false;
        }

        // Kestrel accepts * and + as "every address"; Uri does not, so check the rest with a stand-in host.
        var rest = url[scheme.Length..];
        if (rest.StartsWith('*') || rest.StartsWith('+'))
        {
            rest = "localhost" + rest[1..];
        }

        return Uri.TryCreate(scheme + rest, UriKind.Absolute, out var uri) && uri.Host.Length > 0;
    }
}
