using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>
/// Scores a note with the topic and the direction model in one pass: the note's features are
/// extracted and counted once, each distinct feature's row is looked up once, and one weight block
/// per row holds both models' weights and the row's IDF, so a feature costs one bucket lookup and one
/// cache line. Keeps what an explanation needs in per-thread scratch, so the evidence comes from the
/// same pass. Immutable; safe to use from many threads at once.
/// </summary>
internal sealed unsafe class NoteScorer
{
    // Floats per chunk of a block: 16 floats = 64 bytes = one cache line.
    private const int Chunk = 16;

    [ThreadStatic]
    private static ScoringScratch? t_scratch;

    private readonly FeatureSpace _space;
    private readonly TextModel _topic;
    private readonly TextModel _direction;

    // Row r's block starts at _blocks + r * _stride: the topic weights, then the direction weights,
    // then the IDF, padded with zeros to a multiple of 16 floats. The array is pinned and the first
    // block aligned to 64 bytes, so a block of 16 floats is exactly one cache line.
    // Each model's weights of a row are stored centred (minus their mean over the model's labels):
    // adding the same amount to every label's score leaves the softmax unchanged, and a centred
    // weight is directly how much the feature favours that label over the average one.
    private readonly float[] _storage;
    private readonly float* _blocks;
    private readonly int _stride;
    private readonly int _idfAt;

    public NoteScorer(FeatureSpace space, TextModel topic, TextModel direction)
    {
        if (!ReferenceEquals(topic.Features, space) || !ReferenceEquals(direction.Features, space))
        {
            throw new ArgumentException("Both models must read the same feature space.");
        }

        _space = space;
        _topic = topic;
        _direction = direction;
        var kt = topic.Labels.Count;
        var kd = direction.Labels.Count;
        _idfAt = kt + kd;
        _stride = (kt + kd + 1 + Chunk - 1) / Chunk * Chunk;
        _storage = GC.AllocateArray<float>(checked((space.Rows * _stride) + Chunk), pinned: true);
        var start = (float*)Unsafe.AsPointer(ref _storage[0]);
        var misalignment = (int)((nint)start & 63);
        _blocks = start + (misalignment == 0 ? 0 : (64 - misalignment) / sizeof(float));

        var topicWeights = topic.Weights.Weights;
        var directionWeights = direction.Weights.Weights;
        var idf = space.Idf;
        for (var row = 0; row < space.Rows; row++)
        {
            var block = new Span<float>(_blocks + ((nint)row * _stride), _stride);
            Centred(topicWeights.Slice(row * kt, kt), block);
            Centred(directionWeights.Slice(row * kd, kd), block[kt..]);
            block[_idfAt] = idf[row];
        }
    }

    private static void Centred(ReadOnlySpan<float> weights, Span<float> into)
    {
        var mean = 0f;
        foreach (var weight in weights)
        {
            mean += weight;
        }

        mean /= weights.Length;
        for (var c = 0; c < weights.Length; c++)
        {
            into[c] = weights[c] - mean;
        }
    }

    /// <summary>Whether this scorer packs exactly these two models.</summary>
    public bool Scores(TextModel topic, TextModel direction) => ReferenceEquals(topic, _topic) && ReferenceEquals(direction, _direction);

    /// <summary>
    /// The probabilities of every topic and every direction. With <paramref name="explain"/> each
    /// feature occurrence is remembered (per thread), so that <see cref="ExplainLast"/> can name the
    /// n-grams behind either prediction without reading the note again.
    /// </summary>
    public void Score(NoteTokens note, Span<float> topic, Span<float> direction, bool explain)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (topic.Length != _topic.Labels.Count || direction.Length != _direction.Labels.Count)
        {
            throw new ArgumentException($"Expected spans of {_topic.Labels.Count} topic and {_direction.Labels.Count} direction probabilities.");
        }

        var scratch = t_scratch ??= new ScoringScratch();
        scratch.Counts.Clear();
        scratch.ExplainableBy = null;
        if (explain)
        {
            scratch.StartRecording();
            var sink = new RecordingSink(scratch);
            FeatureExtractor.Extract(note, _space.Options, ref sink);
        }
        else
        {
            var sink = new CountingSink(scratch.Counts);
            FeatureExtractor.Extract(note, _space.Options, ref sink);
        }

        Span<float> wordSums = stackalloc float[_stride];
        Span<float> charSums = stackalloc float[_stride];
        Accumulate(scratch, wordSums, charSums, keepValues: explain);
        Finish(_topic, 0, scratch, wordSums, charSums, topic);
        Finish(_direction, _topic.Labels.Count, scratch, wordSums, charSums, direction);
        if (explain)
        {
            scratch.ExplainableBy = this;
            scratch.Note = note;
        }
    }

    /// <summary>
    /// Σ tf·idf·w over the note's distinct features for every weight of the block, word and character
    /// n-grams summed apart (each model scales the two blocks its own way); the squared norms of both
    /// blocks go to the scratch, and each feature's row. With <paramref name="keepValues"/> also each
    /// feature's value, for the explanation (which reads the blocks again while they are still in cache).
    /// </summary>
    private void Accumulate(ScoringScratch scratch, Span<float> wordSums, Span<float> charSums, bool keepValues)
    {
        var counts = scratch.Counts;
        var n = counts.Count;
        scratch.EnsureFeatureCapacity(n);
        var buckets = counts.Buckets;
        var occurrences = counts.Counts;
        var rows = scratch.Rows;
        var values = scratch.Values;
        var rowOfBucket = _space.RowOfBucket;

        // The rows of all features first, each row's block requested from memory as soon as its row is
        // known: independent reads that the processor overlaps. Then the blocks, mostly arrived.
        for (var i = 0; i < n; i++)
        {
            var row = rowOfBucket[buckets[i]];
            rows[i] = row;
            if (Sse.IsSupported && row >= 0)
            {
                Sse.Prefetch0(_blocks + ((nint)row * _stride));
            }
        }

        var chunks = _stride / Chunk;
        Span<Vector512<float>> word = stackalloc Vector512<float>[chunks];
        Span<Vector512<float>> character = stackalloc Vector512<float>[chunks];
        word.Clear();
        character.Clear();
        var unseenIdf = _space.UnseenIdf;
        var charBlockStart = 1 << (_space.Options.HashBits - 1);
        var wordNorm = 0.0;
        var charNorm = 0.0;
        for (var i = 0; i < n; i++)
        {
            var tf = _space.TermFrequency(occurrences[i]);
            var row = rows[i];
            var isChar = buckets[i] >= charBlockStart;
            float value;
            if (row < 0)
            {
                value = tf * unseenIdf;
            }
            else
            {
                var block = _blocks + ((nint)row * _stride);
                value = tf * block[_idfAt];
                var sums = isChar ? character : word;
                for (var c = 0; c < chunks; c++)
                {
                    var weights = Vector512.Load(block + (c * Chunk));
                    sums[c] += weights * value;
                }
            }

            if (keepValues)
            {
                values[i] = value;
            }

            if (isChar)
            {
                charNorm += (double)value * value;
            }
            else
            {
                wordNorm += (double)value * value;
            }
        }

        for (var c = 0; c < chunks; c++)
        {
            word[c].CopyTo(wordSums[(c * Chunk)..]);
            character[c].CopyTo(charSums[(c * Chunk)..]);
        }

        scratch.WordNorm = wordNorm;
        scratch.CharNorm = charNorm;
    }

    /// <summary>One model's probabilities: bias + its block sums scaled its way, then softmax.</summary>
    private static void Finish(
        TextModel model, int offset, ScoringScratch scratch, ReadOnlySpan<float> wordSums, ReadOnlySpan<float> charSums, Span<float> probabilities)
    {
        var (wordScale, charScale) = FeatureSpace.Scales(scratch.WordNorm, scratch.CharNorm, model.CharShare);
        var bias = model.Weights.Bias;
        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] = bias[c] + (wordSums[offset + c] * wordScale) + (charSums[offset + c] * charScale);
        }

        Learning.Softmax.InPlace(probabilities);
    }

    /// <summary>
    /// The n-grams of this thread's last explained note that pushed each model most towards its label
    /// (<paramref name="topicLabel"/>, <paramref name="directionLabel"/>): each feature's value times its
    /// centred weight for that label (its weight minus its mean weight over the model's labels),
    /// character n-grams credited to the word they came from, an n-gram seen more than once summed.
    /// Adds up to <paramref name="top"/> (n-gram, weight) pairs per model, strongest first (ties by the
    /// text), to the two lists; only the winners' strings are built.
    /// </summary>
    public void ExplainLast(
        int topicLabel, int directionLabel, int top, List<(string Ngram, float Weight)> topicEvidence, List<(string Ngram, float Weight)> directionEvidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        ArgumentOutOfRangeException.ThrowIfNegative(topicLabel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(topicLabel, _topic.Labels.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(directionLabel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(directionLabel, _direction.Labels.Count);
        var scratch = t_scratch;
        if (scratch is null || !ReferenceEquals(scratch.ExplainableBy, this) || scratch.Note is null)
        {
            throw new InvalidOperationException("An explanation follows a Score with explain of the same scorer on the same thread.");
        }

        if (top == 0)
        {
            return;
        }

        Contributions(scratch, topicLabel, _topic.Labels.Count + directionLabel);
        SumByGroup(scratch);
        var groups = scratch.Groups.Count;
        AddStrongest(scratch, scratch.TopicSums.AsSpan(0, groups), top, topicEvidence);
        AddStrongest(scratch, scratch.DirectionSums.AsSpan(0, groups), top, directionEvidence);
    }

    /// <summary>What one occurrence of each distinct feature contributed towards each model's label (at
    /// <paramref name="topicLane"/> and <paramref name="directionLane"/> of its block, one cache line),
    /// as each model's vector had it.</summary>
    private void Contributions(ScoringScratch scratch, int topicLane, int directionLane)
    {
        var (topicWord, topicChar) = FeatureSpace.Scales(scratch.WordNorm, scratch.CharNorm, _topic.CharShare);
        var (directionWord, directionChar) = FeatureSpace.Scales(scratch.WordNorm, scratch.CharNorm, _direction.CharShare);
        var charBlockStart = 1 << (_space.Options.HashBits - 1);
        var n = scratch.Counts.Count;
        var buckets = scratch.Counts.Buckets;
        var counts = scratch.Counts.Counts;
        var rows = scratch.Rows.AsSpan(0, n);
        var values = scratch.Values.AsSpan(0, n);
        var topic = scratch.TopicContributions.AsSpan(0, n);
        var direction = scratch.DirectionContributions.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            if (rows[i] < 0)
            {
                topic[i] = 0f;
                direction[i] = 0f;
                continue;
            }

            var block = _blocks + ((nint)rows[i] * _stride);
            var isChar = buckets[i] >= charBlockStart;
            var perOccurrence = values[i] / counts[i];
            topic[i] = perOccurrence * (isChar ? topicChar : topicWord) * block[topicLane];
            direction[i] = perOccurrence * (isChar ? directionChar : directionWord) * block[directionLane];
        }
    }

    /// <summary>Both models' contributions summed per n-gram group, in order of occurrence.</summary>
    private static void SumByGroup(ScoringScratch scratch)
    {
        var groupCount = scratch.Groups.Count;
        var topicSums = scratch.TopicSums.AsSpan(0, groupCount);
        var directionSums = scratch.DirectionSums.AsSpan(0, groupCount);
        topicSums.Clear();
        directionSums.Clear();
        var occurrences = scratch.Occurrences;
        var features = scratch.OccurrenceFeature.AsSpan(0, occurrences);
        var groupOf = scratch.OccurrenceGroup.AsSpan(0, occurrences);
        var topic = scratch.TopicContributions;
        var direction = scratch.DirectionContributions;
        for (var o = 0; o < occurrences; o++)
        {
            var group = groupOf[o];
            topicSums[group] += topic[features[o]];
            directionSums[group] += direction[features[o]];
        }
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
                var text = sentence == LearningFlow.Sentence ? LearningFlow.Names[start]
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
