namespace MentorGraph.Analytics.Features;

/// <summary>
/// Which features are read from a note and how they are weighted: one feature space that both the
/// topic and the direction model read (each model decides only how the vector is normalized).
/// </summary>
public sealed record FeatureOptions
{
    /// <summary>The hashed feature space has 2^HashBits buckets.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>Word n-grams of length 1..WordNgramMax within a sentence (0 = none).</summary>
    public int WordNgramMax { get; init; } = 3;

    /// <summary>Character n-grams of each word padded with spaces, lengths CharNgramMin..CharNgramMax
    /// (CharNgramMax 0 = none). Role tokens have no character n-grams.</summary>
    public int CharNgramMin { get; init; } = 3;

    public int CharNgramMax { get; init; } = 5;

    /// <summary>Term frequency as 1 + ln(count) instead of the count.</summary>
    public bool SublinearTf { get; init; } = true;

    /// <summary>A bucket seen in fewer training notes than this gets no weight (it is treated as unseen).</summary>
    public int MinDocumentFrequency { get; init; } = 1;

    /// <summary>Word n-grams use light stems (<see cref="LightStemmer"/>); character n-grams are unaffected.</summary>
    public bool Stem { get; init; }

    /// <summary>One feature for the way the participants follow each other in the note (<see cref="LearningFlow"/>).</summary>
    public bool FlowFeature { get; init; }

    /// <summary>Who teaches in each clause, and whether both participants do (<see cref="TeachingClauses"/>).</summary>
    public bool TeachingClauses { get; init; }

    public void Validate()
    {
        if (HashBits is < 10 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(HashBits), HashBits, "HashBits must be between 10 and 26.");
        }

        if (WordNgramMax is < 0 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(WordNgramMax), WordNgramMax, "WordNgramMax must be between 0 and 5.");
        }

        if (CharNgramMax != 0 && (CharNgramMin < 1 || CharNgramMax < CharNgramMin || CharNgramMax > 8))
        {
            throw new ArgumentOutOfRangeException(nameof(CharNgramMax), CharNgramMax, "Character n-grams need 1 <= min <= max <= 8, or max 0 for none.");
        }

        if (MinDocumentFrequency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinDocumentFrequency), MinDocumentFrequency, "MinDocumentFrequency must be at least 1.");
        }

        if (WordNgramMax == 0 && CharNgramMax == 0)
        {
            throw new ArgumentException("At least one kind of n-gram must be on.");
        }
    }
}
