using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// The built-in note classifier of this process, loaded once (read from the model cache, or trained
/// from the embedded corpus) and shared by the commands and the GraphQL schema. Analytics reads no
/// environment, so the host chooses the cache directory here: <c>$MENTORGRAPH_CACHE_DIR</c>, else
/// <c>$XDG_CACHE_HOME/mentorgraph</c>, else <c>~/.cache/mentorgraph</c>.
/// </summary>
internal static class BuiltInModel
{
    private static readonly Lazy<(NoteClassifier Classifier, DefaultModelSource Source)> Shared =
        new(() => DefaultClassifier.Load(SettingsFromEnvironment()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process-wide built-in classifier and where it came from (loaded on first use, thread-safe).</summary>
    public static (NoteClassifier Classifier, DefaultModelSource Source) Get() => Shared.Value;

    /// <summary>The default model's settings from the environment; no cache when not even a home directory is known.</summary>
    public static DefaultClassifierSettings SettingsFromEnvironment()
    {
        var explicitDirectory = Environment.GetEnvironmentVariable("MENTORGRAPH_CACHE_DIR");
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return new DefaultClassifierSettings { CacheDirectory = explicitDirectory };
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg))
        {
            return new DefaultClassifierSettings { CacheDirectory = Path.Combine(xdg, "mentorgraph") };
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new DefaultClassifierSettings { CacheDirectory = string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "mentorgraph") };
    }
}
