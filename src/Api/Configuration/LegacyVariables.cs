using Microsoft.Extensions.Configuration.Memory;

namespace MentorGraph.Api.Configuration;

/// <summary>
/// The <c>MENTORGRAPH_*</c> environment variables of earlier releases, kept working as aliases of settings:
/// each sets the setting it names unless the setting itself is also set in the environment (the
/// <c>Section__Key</c> form wins, since it is read later). <c>MENTORGRAPH_TEST_DB</c> is the tests' own
/// variable and not a setting of the program.
/// </summary>
public static class LegacyVariables
{
    /// <summary>Alias → setting key, with a converter for values whose form changed.</summary>
    public static IReadOnlyList<(string Variable, string Key, Func<string, string> Convert)> Aliases { get; } =
    [
        ("MENTORGRAPH_DB", "Database:ConnectionString", value => value),
        ("MENTORGRAPH_MIGRATE_ON_START", "Database:MigrateOnStart", value => value),
        ("MENTORGRAPH_URLS", "Server:Urls", value => value),
        ("MENTORGRAPH_SHUTDOWN_TIMEOUT", "Server:ShutdownTimeoutSeconds", value => value),
        ("MENTORGRAPH_LOG_FORMAT", "Logging:Format", value => value),
        ("MENTORGRAPH_CACHE_DIR", "Classifier:CacheDirectory", value => value),
    ];

    /// <summary>The variable behind <paramref name="key"/>, if it is an alias.</summary>
    public static string? VariableFor(string key) =>
        Aliases.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase)).Variable;

    /// <summary>The settings the aliases set, from <paramref name="environment"/> (blank values are ignored).</summary>
    public static Dictionary<string, string?> Read(IReadOnlyDictionary<string, string> environment)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key, convert) in Aliases)
        {
            if (environment.TryGetValue(variable, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                settings[key] = convert(value.Trim());
            }
        }

        return settings;
    }
}

/// <summary>The configuration source of <see cref="LegacyVariables"/>, so the start-up log and errors can name it.</summary>
public sealed class LegacyVariablesSource(IReadOnlyDictionary<string, string> environment) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new LegacyVariablesProvider(new MemoryConfigurationSource { InitialData = LegacyVariables.Read(environment) });
}

/// <summary>Holds the aliased settings; a provider type of its own so <see cref="SettingSources"/> can name it.</summary>
public sealed class LegacyVariablesProvider(MemoryConfigurationSource source) : MemoryConfigurationProvider(source);
