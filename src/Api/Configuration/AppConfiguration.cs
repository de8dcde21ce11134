using System.Collections;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace MentorGraph.Api.Configuration;

/// <summary>
/// The program's one configuration, for every command: <c>appsettings.json</c>, then
/// <c>appsettings.{Environment}.json</c> (both beside the program), then the <c>MENTORGRAPH_*</c> aliases
/// (<see cref="LegacyVariables"/>), then environment variables (<c>Section__Key</c>), then the command's
/// own options (e.g. <c>serve --urls</c> sets <c>Server:Urls</c>). A later source wins.
/// </summary>
public static class AppConfiguration
{
    /// <summary>Replaces the sources of <paramref name="builder"/> (e.g. a web host's) with the program's.</summary>
    /// <param name="environmentName">Chooses <c>appsettings.{environmentName}.json</c>.</param>
    /// <param name="overrides">Settings from the command line; they win over everything else.</param>
    /// <param name="settingsDirectory">Where the appsettings files are; the program's folder by default.</param>
    /// <param name="environment">The environment variables; the process's by default (tests pass their own).</param>
    public static IConfigurationBuilder UseAppSources(
        this IConfigurationBuilder builder,
        string environmentName,
        IReadOnlyDictionary<string, string?>? overrides = null,
        string? settingsDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(environmentName);
        settingsDirectory ??= AppContext.BaseDirectory;
        builder.Sources.Clear();
        builder.SetBasePath(settingsDirectory);
        builder.AddJsonFile("appsettings.json", optional: true, reloadOnChange: false);
        builder.AddJsonFile($"appsettings.{environmentName}.json", optional: true, reloadOnChange: false);
        builder.Add(new LegacyVariablesSource(environment ?? ProcessEnvironment()));
        if (environment is null)
        {
            builder.AddEnvironmentVariables();
        }
        else
        {
            builder.Add(new EnvironmentVariablesSnapshotSource(environment));
        }

        builder.Add(new CommandLineSettingsSource { InitialData = overrides ?? new Dictionary<string, string?>() });
        return builder;
    }

    /// <summary>The configuration of a command that does not start a web host.</summary>
    public static IConfigurationRoot Build(
        string environmentName,
        IReadOnlyDictionary<string, string?>? overrides = null,
        string? settingsDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null) =>
        new ConfigurationBuilder().UseAppSources(environmentName, overrides, settingsDirectory, environment).Build();

    /// <summary>The process's environment variables as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> ProcessEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                variables[key] = value;
            }
        }

        return variables;
    }

    /// <summary>Environment variables given as a dictionary (for tests), read as <see cref="EnvironmentVariablesConfigurationProvider"/> reads them.</summary>
    private sealed class EnvironmentVariablesSnapshotSource(IReadOnlyDictionary<string, string> environment) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => new EnvironmentSnapshotProvider(environment);
    }

    private sealed class EnvironmentSnapshotProvider(IReadOnlyDictionary<string, string> environment) : EnvironmentVariablesConfigurationProvider
    {
        public override void Load()
        {
            foreach (var (name, value) in environment)
            {
                Data[name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] = value;
            }
        }
    }
}

/// <summary>The settings given by a command's options; a type of its own so <see cref="SettingSources"/> can name it.</summary>
public sealed class CommandLineSettingsSource : MemoryConfigurationSource, IConfigurationSource
{
    IConfigurationProvider IConfigurationSource.Build(IConfigurationBuilder builder) => new CommandLineSettingsProvider(this);
}

/// <summary>See <see cref="CommandLineSettingsSource"/>.</summary>
public sealed class CommandLineSettingsProvider(MemoryConfigurationSource source) : MemoryConfigurationProvider(source);

/// <summary>Names the source that gave a setting its value, for errors and the start-up log.</summary>
public static class SettingSources
{
    /// <summary>E.g. "the command line", "MENTORGRAPH_DB", "the environment variable Server__Urls", "appsettings.Development.json"; null when unset.</summary>
    public static string? Describe(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return null;
        }

        foreach (var provider in root.Providers.Reverse())
        {
            if (!provider.TryGet(key, out _))
            {
                continue;
            }

            return provider switch
            {
                CommandLineSettingsProvider => "the command line",
                LegacyVariablesProvider => LegacyVariables.VariableFor(key) is { } variable ? $"the environment variable {variable}" : "an environment variable",
                EnvironmentVariablesConfigurationProvider => $"the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}",
                JsonConfigurationProvider json => json.Source.Path,
                _ => provider.ToString(),
            };
        }

        return null;
    }
}
