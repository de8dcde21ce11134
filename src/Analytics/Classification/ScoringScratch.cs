using System.Runtime.CompilerServices;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>
/// The buffers <see cref="NoteFeaturizer"/> works in, one set per thread and reused from note to note:
/// the note's feature counts, each distinct feature's row and value, and (when an
/// explanation is wanted) every feature occurrence with the n-gram group it belongs to.
/// </summary>
internal sealed class ScoringScratch
{
    private int[] _occurrenceFeature = new int[2048];
    private int[] _occurrenceGroup = new int[2048];
    private ulong _lastKey;
    private int _lastGroup = -1;

    // The last word's own group: its character n-grams come after its 2- and 3-grams, with its key.
    private ulong _lastWordKey;
    private int _lastWordGroup = -1;

    public FeatureCounts Counts { get; } = new();

    /// <summary>The distinct n-grams of the note (a character n-gram counts as its word).</summary>
    public NgramGroups Groups { get; } = new();

    /// <summary>The featurizer and note of the last reading with occurrences recorded (what can be explained).</summary>
    public NoteFeaturizer? ExplainableBy { get; set; }

    public NoteTokens? Note { get; set; }

    // Per distinct feature (first-seen order): row (-1 when unseen in training), tf·idf, and what one
    // occurrence contributes to the explained label.
    public int[] Rows { get; private set; } = new int[1024];

    public float[] Values { get; private set; } = new float[1024];

    public float[] Contributions { get; private set; } = new float[1024];

    // The known features (row >= 0) ordered by row: their rows, and their index among the distinct features.
    public int[] SortedRows { get; private set; } = new int[1024];

    public int[] SortedFeatures { get; private set; } = new int[1024];

    /// <summary>How many distinct features have a row.</summary>
    public int Known { get; set; }

    /// <summary>The squared norm of the word block without the direction-only features (<see cref="NoteFeaturizer.Vector"/>).</summary>
    public double WordNorm { get; set; }

    /// <summary>The squared norm of the direction-only features (their bucket lies in the word block).</summary>
    public double DirectionOnlyNorm { get; set; }

    public double CharNorm { get; set; }

    // Per feature occurrence: the distinct feature and the n-gram group.
    public int Occurrences { get; private set; }

    public int[] OccurrenceFeature => _occurrenceFeature;

    public int[] OccurrenceGroup => _occurrenceGroup;

    // Per group: the sum of its occurrences' contributions.
    public float[] GroupSums { get; private set; } = new float[1024];

    /// <summary>Forgets the occurrences and groups of the previous note.</summary>
    public void StartRecording()
    {
        Occurrences = 0;
        Groups.Clear();
        _lastGroup = -1;
        _lastWordGroup = -1;
    }

    public void EnsureFeatureCapacity(int count)
    {
        if (Rows.Length < count)
        {
            Rows = new int[count * 2];
            Values = new float[count * 2];
            Contributions = new float[count * 2];
            SortedRows = new int[count * 2];
            SortedFeatures = new int[count * 2];
        }

        if (GroupSums.Length < Groups.Count)
        {
            GroupSums = new float[Groups.Count * 2];
        }
    }

    /// <summary>One occurrence of a feature; consecutive occurrences with the same key share one group
    /// lookup, and so do a word and its character n-grams.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Record(int feature, ulong key, int sentence, int start, int length)
    {
        if (_lastGroup < 0 || key != _lastKey)
        {
            NewKey(key, sentence, start, length);
        }

        var o = Occurrences;
        if ((uint)o >= (uint)_occurrenceFeature.Length)
        {
            GrowOccurrences();
        }

        _occurrenceFeature[o] = feature;
        _occurrenceGroup[o] = _lastGroup;
        Occurrences = o + 1;
    }

    private void NewKey(ulong key, int sentence, int start, int length)
    {
        if (length == 1 && _lastWordGroup >= 0 && key == _lastWordKey)
        {
            _lastGroup = _lastWordGroup;
        }
        else
        {
            _lastGroup = Groups.GroupOf(key, sentence, start, length);
            if (length == 1)
            {
                _lastWordKey = key;
                _lastWordGroup = _lastGroup;
            }
        }

        _lastKey = key;
    }

    private void GrowOccurrences()
    {
        Array.Resize(ref _occurrenceFeature, _occurrenceFeature.Length * 2);
        Array.Resize(ref _occurrenceGroup, _occurrenceGroup.Length * 2);
    }
}

/// <summary>Counts every feature and remembers each occurrence for the explanation.</summary>
internal readonly struct RecordingSink(ScoringScratch scratch) : IFeatureSink
{
    public void Add(int bucket, ulong ngram, int sentence, int start, int length) =>
        scratch.Record(scratch.Counts.Add(bucket), ngram, sentence, start, length);
}
