namespace MentorGraph.Analytics.Features;

/// <summary>Which features one model reads from a note, and how they are weighted.</summary>
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

    /// <summary>
    /// Scale the word n-grams and the character n-grams to unit norm each (then both by 1/√2), so the
    /// many character n-grams do not drown the few word n-grams; otherwise one norm over all.
    /// </summary>
    public bool SeparateBlockNorms { get; init; }

    /// <summary>Leave role tokens and author markers out of the word sequence (for models that
    /// should not look at who did what, such as the topic model).</summary>
    public bool ExcludeRoleTokens { get; init; }

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
