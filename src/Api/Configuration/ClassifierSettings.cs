namespace MentorGraph.Api.Configuration;

/// <summary>The note classifier (section <c>Classifier</c>).</summary>
public sealed class ClassifierSettings : ISettingsSection
{
    public static string SectionName => "Classifier";

    /// <summary>
    /// Where the built-in model is cached after it is first trained (alias <c>MENTORGRAPH_CACHE_DIR</c>);
    /// by default <c>$XDG_CACHE_HOME/mentorgraph</c>, else <c>~/.cache/mentorgraph</c>.
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>
    /// A model file made by <c>mentorgraph train</c> to serve and classify with instead of the built-in model (e.g. a
    /// small fast model for tests and benchmarks of the pipeline); empty: the built-in model. With the database's
    /// active model (<c>DatabaseActiveModelSource</c>) it is what is stored as the first version when there is none.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>
    /// How often each process asks PostgreSQL which classifier model is active (one index lookup), in seconds
    /// (1–3600, default 5): an activation reaches every <c>serve</c> and <c>jobs</c> process within this time.
    /// </summary>
    public int ActiveModelPollSeconds { get; set; } = 5;

    public IEnumerable<SettingProblem> Problems()
    {
        if (ActiveModelPollSeconds is < 1 or > 3600)
        {
            yield return new(nameof(ActiveModelPollSeconds), "must be from 1 to 3600 seconds.");
        }

        if (!string.IsNullOrWhiteSpace(ModelPath) && !File.Exists(ModelPath))
        {
            yield return new(nameof(ModelPath), $"no model file at '{ModelPath}'.");
        }

        if (CacheDirectory is { } directory && directory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            yield return new(nameof(CacheDirectory), "contains characters a path cannot have.");
        }
    }

    /// <summary>The configured folder, else the XDG cache folder of the user, else null (cache off).</summary>
    public string? ResolveCacheDirectory(Func<string, string?>? getVariable = null)
    {
        if (!string.IsNullOrWhiteSpace(CacheDirectory))
        {
            return CacheDirectory;
        }

        getVariable ??= Environment.GetEnvironmentVariable;
        var xdg = getVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg))
        {
            return Path.Combine(xdg, "mentorgraph");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "mentorgraph");
    }
}
