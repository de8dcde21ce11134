namespace MentorGraph.Analytics.DefaultModel;

/// <summary>Where the default model came from this time.</summary>
public enum DefaultModelSource
{
    /// <summary>Read from the cache directory.</summary>
    Cache,

    /// <summary>Trained from the corpus and written to the cache.</summary>
    TrainedAndCached,

    /// <summary>Trained from the corpus; the cache was not writable, so it lives in memory only.</summary>
    TrainedInMemory,
}
