namespace MentorGraph.Api.Hosting;

/// <summary>Everything <c>mentorgraph serve</c> was configured with, after defaults and checks.</summary>
public sealed record ServeOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Addresses Kestrel listens on, separated by ';' (<c>--urls</c> / <c>MENTORGRAPH_URLS</c>).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The Npgsql connection string of the database.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>Where the connection string came from, for the start-up log (never the password).</summary>
    public string ConnectionSource { get; init; } = "options";

    /// <summary>The migrations folder to apply before listening; null to skip (<c>--no-migrate</c>).</summary>
    public string? MigrationsDirectory { get; init; }

    public LogFormat LogFormat { get; init; } = LogFormat.Json;

    /// <summary>How long in-flight requests get to finish after SIGTERM/Ctrl-C (<c>MENTORGRAPH_SHUTDOWN_TIMEOUT</c>, seconds).</summary>
    public TimeSpan ShutdownTimeout { get; init; } = DefaultShutdownTimeout;

    /// <summary>How long <c>/health</c> waits for the database before answering 503.</summary>
    public TimeSpan HealthCheckTimeout { get; init; } = TimeSpan.FromSeconds(3);
}

/// <summary>How the console log is written (<c>MENTORGRAPH_LOG_FORMAT</c>).</summary>
public enum LogFormat
{
    /// <summary>One JSON object per line with the message template's named values: for machines.</summary>
    Json,

    /// <summary>One readable line per entry: for a developer's terminal.</summary>
    Text,
}
