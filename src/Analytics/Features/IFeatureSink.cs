namespace MentorGraph.Analytics.Features;

/// <summary>Receives every feature occurrence of a note, with where in the note it came from.</summary>
internal interface IFeatureSink
{
    /// <summary>A feature bucket hit by <paramref name="words"/>[start..start+length-1] (the sentence as
    /// the model saw it); <paramref name="isCharGram"/> for a character n-gram of one word.
    /// <paramref name="ngram"/> is a 64-bit hash of the text those words spell (the same for equal texts,
    /// so occurrences can be grouped without building strings; a character n-gram carries its word's).</summary>
    void Add(int bucket, ulong ngram, string[] words, int start, int length, bool isCharGram);
}
