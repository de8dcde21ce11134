using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Hosting;

/// <summary>What <see cref="ApiHost.Build"/> starts from: the environment and the command's own settings.</summary>
public sealed record ApiHostOptions
{
    /// <summary>Chooses <c>appsettings.{EnvironmentName}.json</c> and the environment's defaults.</summary>
    public string EnvironmentName { get; init; } = AppEnvironment.Resolve();

    /// <summary>Settings from the command line (e.g. <c>Server:Urls</c> from <c>--urls</c>); they win over all other sources.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The environment variables to read; the process's when null (tests pass their own).</summary>
    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; init; }

    /// <summary>Where the appsettings files are; the program's folder when null.</summary>
    public string? SettingsDirectory { get; init; }

    /// <summary>Last changes to the services before the host is built (tests put a small classifier here).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
