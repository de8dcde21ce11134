namespace MentorGraph.Analytics.Features;

/// <summary>Receives every feature occurrence of a note, with where in the note it came from.</summary>
internal interface IFeatureSink
{
    /// <summary>A feature bucket hit by the words <paramref name="start"/>..start+length-1 of
    /// <paramref name="sentence"/>; <paramref name="isCharGram"/> for a character n-gram of one word.</summary>
    void Add(int bucket, int sentence, int start, int length, bool isCharGram);
}
