using Microsoft.ML.Data;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>
/// Our featurization as ML.NET columns: reads a role-normalized note once (word and character n-grams,
/// the note-level features, hashed and looked up in the shared <see cref="FeatureSpace"/>) and gives each model
/// its TF-IDF vector as an ML.NET <see cref="VBuffer{T}"/>, normalized that model's way (the word and
/// the character block each to its share of the squared norm); the topic model's vector leaves out the
/// features only the direction model reads (<see cref="NoteLevelFeatures.DirectionOnlyBuckets"/>). Remembers per thread where every
/// feature occurred, so that an explanation can name the n-grams behind a prediction from the model's
/// weights without reading the note again. Immutable; safe to use from many threads at once.
/// </summary>
internal sealed class NoteFeaturizer(FeatureSpace space)
{
    [ThreadStatic]
    private static ScoringScratch? t_scratch;

    // Sorted; empty when the space has no teaching-clause features.
    private readonly int[] _directionOnly = space.Options.TeachingClauses ? NoteLevelFeatures.DirectionOnlyBuckets(space.Options.HashBits) : [];

    public FeatureSpace Space { get; } = space;

    /// <summary>Reads the note's features into this thread's scratch (occurrences recorded when <paramref name="explain"/>).</summary>
    public ScoringScratch Read(NoteTokens note, bool explain)
    {
        ArgumentNullException.ThrowIfNull(note);
        var scratch = t_scratch ??= new ScoringScratch();
        scratch.Counts.Clear();
        scratch.ExplainableBy = null;
        if (explain)
        {
            scratch.StartRecording();
            var sink = new RecordingSink(scratch);
            FeatureExtractor.Extract(note, Space.Options, ref sink);
        }
        else
        {
            var sink = new CountingSink(scratch.Counts);
            FeatureExtractor.Extract(note, Space.Options, ref sink);
        }

        Lookup(scratch);
        if (explain)
        {
            scratch.ExplainableBy = this;
            scratch.Note = note;
        }

        return scratch;
    }

    /// <summary>Each distinct feature's row (−1 when unseen in training) and tf·idf, the squared norms of the
    /// word block (without the direction-only features), of the direction-only features and of the character block, and the order of the known features by row (a VBuffer's indices ascend).</summary>
    private void Lookup(ScoringScratch scratch)
    {
        var counts = scratch.Counts;
        var n = counts.Count;
        scratch.EnsureFeatureCapacity(n);
        var buckets = counts.Buckets;
        var occurrences = counts.Counts;
        var rowOfBucket = Space.RowOfBucket;
        var idf = Space.Idf;
        var charBlockStart = 1 << (Space.Options.HashBits - 1);
        var wordNorm = 0.0;
        var directionOnlyNorm = 0.0;
        var charNorm = 0.0;
        var known = 0;
        for (var i = 0; i < n; i++)
        {
            var row = rowOfBucket[buckets[i]];
            var value = Space.TermFrequency(occurrences[i]) * (row >= 0 ? idf[row] : Space.UnseenIdf);
            scratch.Rows[i] = row;
            scratch.Values[i] = value;
            if (buckets[i] >= charBlockStart)
            {
                charNorm += (double)value * value;
            }
            else if (IsDirectionOnly(buckets[i]))
            {
                directionOnlyNorm += (double)value * value;
            }
            else
            {
                wordNorm += (double)value * value;
            }

            if (row >= 0)
            {
                scratch.SortedRows[known] = row;
                scratch.SortedFeatures[known] = i;
                known++;
            }
        }

        Array.Sort(scratch.SortedRows, scratch.SortedFeatures, 0, known);
        scratch.Known = known;
        scratch.WordNorm = wordNorm;
        scratch.DirectionOnlyNorm = directionOnlyNorm;
        scratch.CharNorm = charNorm;
    }

    private bool IsDirectionOnly(int bucket) => _directionOnly.Length > 0 && Array.BinarySearch(_directionOnly, bucket) >= 0;

    /// <summary>The squared norms a model's vector is scaled from: the direction model's word block includes the direction-only features.</summary>
    private static (double Word, double Char) Norms(ScoringScratch scratch, bool direction) =>
        (direction ? scratch.WordNorm + scratch.DirectionOnlyNorm : scratch.WordNorm, scratch.CharNorm);

    /// <summary>
    /// The note last read into <paramref name="scratch"/> as a vector over the feature space, normalized with
    /// <paramref name="charShare"/> (see <see cref="FeatureSpace.Scales"/>): the direction model's vector when
    /// <paramref name="direction"/>, else the topic model's, without the direction-only features. The vector owns new arrays.
    /// </summary>
    public VBuffer<float> Vector(ScoringScratch scratch, double? charShare, bool direction)
    {
        var (wordNorm, charNorm) = Norms(scratch, direction);
        var (wordScale, charScale) = FeatureSpace.Scales(wordNorm, charNorm, charShare);
        var charBlockStart = 1 << (Space.Options.HashBits - 1);
        var buckets = scratch.Counts.Buckets;
        var indices = new int[scratch.Known];
        var values = new float[scratch.Known];
        var count = 0;
        for (var k = 0; k < scratch.Known; k++)
        {
            var feature = scratch.SortedFeatures[k];
            if (!direction && IsDirectionOnly(buckets[feature]))
            {
                continue;
            }

            indices[count] = scratch.SortedRows[k];
            values[count] = scratch.Values[feature] * (buckets[feature] >= charBlockStart ? charScale : wordScale);
            count++;
        }

        return new VBuffer<float>(Space.Rows, count, values, indices);
    }

    /// <summary>A training example's vector: (indices ascending, values) of the note's known features.</summary>
    public VectorExample Example(NoteTokens note, double? charShare, bool direction, int label, float weight)
    {
        var scratch = Read(note, explain: false);
        var vector = Vector(scratch, charShare, direction);
        return new VectorExample(vector.GetIndices().ToArray(), vector.GetValues().ToArray(), label, weight);
    }

    /// <summary>
    /// The n-grams of this thread's last explained note that pushed <paramref name="model"/> most towards
    /// <paramref name="label"/>: each feature's value (as the model's vector had it) times its centred weight
    /// for that label, character n-grams credited to the word they came from, an n-gram seen more than once
    /// summed. Adds up to <paramref name="top"/> (n-gram, weight) pairs, strongest first (ties by the text).
    /// <paramref name="direction"/> says which model's vector (<see cref="Vector"/>) <paramref name="model"/> reads.
    /// </summary>
    public void Explain(MaxEntModel model, double? charShare, bool direction, int label, int top, List<(string Ngram, float Weight)> into)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        ArgumentOutOfRangeException.ThrowIfNegative(label);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(label, model.Labels.Count);
        var scratch = t_scratch;
        if (scratch is null || !ReferenceEquals(scratch.ExplainableBy, this) || scratch.Note is null)
        {
            throw new InvalidOperationException("An explanation follows a Read with explain by the same featurizer on the same thread.");
        }

        if (top == 0)
        {
            return;
        }

        var (wordNorm, charNorm) = Norms(scratch, direction);
        var (wordScale, charScale) = FeatureSpace.Scales(wordNorm, charNorm, charShare);
        var charBlockStart = 1 << (Space.Options.HashBits - 1);
        var n = scratch.Counts.Count;
        var buckets = scratch.Counts.Buckets;
        var counts = scratch.Counts.Counts;
        var contributions = scratch.Contributions.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            var row = scratch.Rows[i];
            contributions[i] = row < 0 || (!direction && IsDirectionOnly(buckets[i]))
                ? 0f
                : scratch.Values[i] / counts[i] * (buckets[i] >= charBlockStart ? charScale : wordScale) * model.CentredWeight(row, label);
        }

        var groups = scratch.Groups.Count;
        var sums = scratch.GroupSums.AsSpan(0, groups);
        sums.Clear();
        var occurrences = scratch.Occurrences;
        var features = scratch.OccurrenceFeature.AsSpan(0, occurrences);
        var groupOf = scratch.OccurrenceGroup.AsSpan(0, occurrences);
        for (var o = 0; o < occurrences; o++)
        {
            sums[groupOf[o]] += contributions[features[o]];
        }

        AddStrongest(scratch, sums, top, into);
    }

    /// <summary>The strongest positive groups: a running top list, then strings only for those that can
    /// win (ties on the weight are broken by the n-gram's text, as an ordinal sort would).</summary>
    private static void AddStrongest(ScoringScratch scratch, ReadOnlySpan<float> sums, int top, List<(string Ngram, float Weight)> into)
    {
        Span<float> best = stackalloc float[top];
        var found = 0;
        foreach (var sum in sums)
        {
            if (sum <= 0 || (found == top && sum < best[top - 1]))
            {
                continue;
            }

            var at = found < top ? found++ : top - 1;
            while (at > 0 && best[at - 1] < sum)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = sum;
        }

        if (found == 0)
        {
            return;
        }

        var threshold = best[found - 1];
        var sentences = scratch.Note!.Sentences;
        var winners = new List<(string Ngram, float Weight)>(found);
        for (var g = 0; g < sums.Length; g++)
        {
            if (sums[g] > 0 && sums[g] >= threshold)
            {
                var (sentence, start, length) = scratch.Groups.Place(g);
                var text = sentence == NoteLevelFeatures.Sentence ? NoteLevelFeatures.Names[start]
                    : length == 1 ? sentences[sentence][start]
                    : string.Join(' ', sentences[sentence], start, length);
                winners.Add((text, sums[g]));
            }
        }

        winners.Sort(static (a, b) =>
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : string.CompareOrdinal(a.Ngram, b.Ngram);
        });
        for (var i = 0; i < winners.Count && i < top; i++)
        {
            into.Add(winners[i]);
        }
    }
}
