using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Training;

/// <summary>
/// Topic training augmentation: for every note of two or more sentences, one copy without one
/// (seeded, randomly chosen) sentence, with the same topic. It makes the model use the evidence of
/// every sentence instead of leaning on one phrase.
/// </summary>
public static class SentenceDropout
{
    public static IReadOnlyList<(NoteTokens Note, int Label)> Augment(IReadOnlyList<(NoteTokens Note, int Label)> examples, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var result = new List<(NoteTokens, int)>(examples.Count * 2);
        result.AddRange(examples);
        foreach (var (note, label) in examples)
        {
            if (note.Sentences.Count < 2)
            {
                continue;
            }

            var dropped = random.NextInt(note.Sentences.Count);
            result.Add((new NoteTokens(note.Sentences.Where((_, i) => i != dropped).ToArray()), label));
        }

        return result;
    }
}
