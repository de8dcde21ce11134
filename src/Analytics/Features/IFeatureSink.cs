namespace MentorGraph.Analytics.Features;

/// <summary>Receives every feature occurrence of a note, with where in the note it came from.</summary>
internal interface IFeatureSink
{
    /// <summary>A feature bucket hit by the words start..start+length-1 of sentence <paramref name="sentence"/>
    /// of the note. <paramref name="ngram"/> is a 64-bit hash of the text those words spell (the same for
    /// equal texts, so occurrences can be grouped without building strings); a character n-gram carries
    /// the hash of its word, with length 1.</summary>
    void Add(int bucket, ulong ngram, int sentence, int start, int length);
}
