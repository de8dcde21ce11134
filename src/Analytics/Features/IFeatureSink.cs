namespace MentorGraph.Analytics.Features;

/// <summary>Receives every feature occurrence of a note, with where in the note it came from.</summary>
internal interface IFeatureSink
{
    /// <summary>A feature bucket hit by <paramref name="words"/>[start..start+length-1] (the sentence as
    /// the model saw it); <paramref name="isCharGram"/> for a character n-gram of one word.</summary>
    void Add(int bucket, string[] words, int start, int length, bool isCharGram);
}
