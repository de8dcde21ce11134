using System.Text;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed.Notes;

/// <summary>
/// Writes session notes as participants write them: in the first person, naming the other participant, saying
/// who taught whom (the direction) about what (the topic), with a few concrete details, sometimes a reflection or
/// what comes next — 1 to 6 sentences, in the author's own style (plain, detailed, informal, terse), now and then
/// with a typo. Each note is composed from a topic's bank and the generic phrases, so the sentences and their order
/// vary; no text is written twice in one run.
/// </summary>
public sealed class NoteWriter(SeedRandom random)
{
    private readonly HashSet<ulong> written = [];
    private readonly Dictionary<(string Topic, bool Senior, Teaching Teaching), Pieces> pieces = [];

    /// <summary>How many notes were rewritten because the first text had been written before.</summary>
    public int Rewrites { get; private set; }

    public string Write(NoteRequest request)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = Compose(request, attempt);
            if (written.Add(Fnv1a(text)))
            {
                return text;
            }

            Rewrites++;
        }
    }

    private string Compose(NoteRequest request, int attempt)
    {
        var teaching = request.Teaching;
        var p = PiecesFor(request.Topic, request.AuthorIsSenior, teaching);
        var style = request.Author.Style;
        // After a repeat, write a longer note: more room for the details that make it unique.
        var length = Math.Min(6, SentenceCount(style) + attempt);
        var subject = random.Pick(p.Bank.Subjects);
        var fill = new Fill(request, subject, PickOther(p.Bank.Subjects, subject), random.Pick(p.Bank.HowTos), random.Pick(p.Insights), random.Pick(p.NextSteps));

        var core = random.Pick(p.Cores);
        var sentences = new List<string>();
        var rest = length - 1;
        string? opening = null;
        if (rest >= 2 ? random.Chance(0.6) : rest == 1 && random.Chance(0.25))
        {
            opening = PickOpening(request, p);
            rest--;
        }

        string? reflection = null;
        if (rest >= 1 && random.Chance(style == WritingStyle.Terse ? 0.3 : 0.55))
        {
            reflection = random.Pick(p.Reflections);
            rest--;
        }

        string? followUp = null;
        if (rest >= 1 && random.Chance(0.5))
        {
            followUp = random.Chance(0.3) ? random.Pick(p.SideFollowUps) : random.Pick(NotePhrases.FollowUps);
            rest--;
        }

        var middle = new List<string>();
        var connectors = new List<string>(Connectors);
        foreach (var detail in random.Sample(p.Details, rest))
        {
            var sentence = random.Chance(0.18) ? random.Pick(p.Process) : detail;
            middle.Add(middle.Count > 0 ? Connect(sentence, connectors) : sentence);
        }

        if (opening is not null)
        {
            sentences.Add(opening);
        }

        // Most notes say who taught first; some start with what they did, or with the takeaway.
        if (middle.Count > 0 && random.Chance(0.2))
        {
            sentences.Add(middle[0]);
            sentences.Add(core);
            sentences.AddRange(middle.Skip(1));
        }
        else
        {
            sentences.Add(core);
            sentences.AddRange(middle);
        }

        if (reflection is not null)
        {
            sentences.Insert(opening is null && random.Chance(0.1) ? 0 : sentences.Count, reflection);
        }

        if (followUp is not null)
        {
            sentences.Add(followUp);
        }

        if (length >= 3 && sentences.Count < 6 && random.Chance(0.1))
        {
            sentences.Add(random.Pick(NotePhrases.Closers));
        }

        var text = string.Join(' ', sentences.Select(s => Capitalize(fill.Apply(s))));
        return NoteStyle.Apply(random, text, style);
    }

    private static readonly string[] Connectors = ["Then we ", "After that we ", "Later we ", "We also "];

    /// <summary>
    /// Now and then ties a "We ..." sentence to the one before it, so a run of details does not read like a list;
    /// each connector at most once in a note (<paramref name="unused"/> loses the one taken).
    /// </summary>
    private string Connect(string sentence, List<string> unused)
    {
        if (!sentence.StartsWith("We ", StringComparison.Ordinal) || unused.Count == 0 || !random.Chance(0.35))
        {
            return sentence;
        }

        var connector = random.Pick(unused);
        unused.Remove(connector);
        return connector + sentence[3..];
    }

    private string PickOpening(NoteRequest request, Pieces p)
    {
        if (request.SessionNumber == 1 && random.Chance(0.7))
        {
            return random.Pick(NotePhrases.FirstSessionOpenings);
        }

        if (random.Chance(0.35))
        {
            return random.Pick(NotePhrases.FormatOpenings(request.Format));
        }

        // "Session 2 with ..." reads oddly; the number is worth saying from the third session on.
        var opening = random.Pick(p.Openings);
        while (request.SessionNumber < 3 && opening.Contains("{n}", StringComparison.Ordinal))
        {
            opening = random.Pick(p.Openings);
        }

        return opening;
    }

    private int SentenceCount(WritingStyle style) => 1 + random.PickIndex(style switch
    {
        WritingStyle.Detailed => [0, 0, 0.05, 0.22, 0.38, 0.35],
        WritingStyle.Informal => [0.03, 0.12, 0.28, 0.32, 0.18, 0.07],
        WritingStyle.Terse => [0.2, 0.4, 0.3, 0.1, 0, 0],
        _ => [0.01, 0.03, 0.10, 0.27, 0.33, 0.26],
    });

    private string PickOther(IReadOnlyList<string> items, string not)
    {
        for (var i = 0; i < 5; i++)
        {
            var item = random.Pick(items);
            if (item != not)
            {
                return item;
            }
        }

        return not;
    }

    private Pieces PiecesFor(string topic, bool senior, Teaching teaching)
    {
        if (!pieces.TryGetValue((topic, senior, teaching), out var result))
        {
            var bank = TopicBanks.Of(topic);
            var reflections = teaching switch
            {
                Teaching.Them => Voice.Fitting(NotePhrases.LearnerReflections, senior, teaching),
                Teaching.Me => Voice.Fitting(NotePhrases.TeacherReflections, senior, teaching),
                _ => [.. Voice.Fitting(NotePhrases.MutualReflections, senior, teaching), .. Voice.Fitting(NotePhrases.LearnerReflections, senior, teaching)],
            };
            var sideFollowUps = teaching == Teaching.Me ? NotePhrases.TeacherFollowUps : NotePhrases.LearnerFollowUps;
            result = new Pieces(
                bank,
                Voice.Fitting(NotePhrases.Cores(teaching), senior, teaching),
                Voice.Fitting(NotePhrases.Openings, senior, teaching),
                Voice.Fitting(bank.Details, senior, teaching),
                Voice.Fitting(NotePhrases.Process(teaching), senior, teaching),
                reflections,
                Voice.Fitting(bank.Insights, senior, teaching),
                Voice.Fitting(bank.NextSteps, senior, teaching),
                sideFollowUps);
            pieces[(topic, senior, teaching)] = result;
        }

        return result;
    }

    private static string Capitalize(string sentence) =>
        sentence.Length > 0 && char.IsLower(sentence[0]) ? char.ToUpperInvariant(sentence[0]) + sentence[1..] : sentence;

    /// <summary>FNV-1a over the text's characters: a stable 64-bit fingerprint (string.GetHashCode differs per process).</summary>
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private sealed record Pieces(
        TopicBank Bank,
        IReadOnlyList<string> Cores,
        IReadOnlyList<string> Openings,
        IReadOnlyList<string> Details,
        IReadOnlyList<string> Process,
        IReadOnlyList<string> Reflections,
        IReadOnlyList<string> Insights,
        IReadOnlyList<string> NextSteps,
        IReadOnlyList<string> SideFollowUps);

    /// <summary>The placeholders of one note.</summary>
    private sealed record Fill(NoteRequest Request, string Subject, string Subject2, string HowTo, string Insight, string Next)
    {
        public string Apply(string sentence)
        {
            if (!sentence.Contains('{'))
            {
                return sentence;
            }

            var other = Request.Other;
            var day = Request.OccurredAt.DayOfWeek.ToString();
            var text = new StringBuilder(sentence)
                .Replace("{subject}", Subject)
                .Replace("{subject2}", Subject2)
                .Replace("{howto}", HowTo)
                .Replace("{insight}", Insight)
                .Replace("{point}", Insight.StartsWith("that ", StringComparison.Ordinal) ? Insight[5..] : Insight)
                .Replace("{next}", Next)
                .Replace("{When}", Capitalize(When))
                .Replace("{when}", When)
                .Replace("{O}", other.FirstName)
                .Replace("{They}", Capitalize(other.They))
                .Replace("{they}", other.They)
                .Replace("{them}", other.Them)
                .Replace("{theirs}", other.IsFemale ? "hers" : "his")
                .Replace("{their}", other.Their)
                .Replace("{Day}", day)
                .Replace("{day}", day)
                .Replace("{n}", Request.SessionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return text.ToString();
        }

        private string When => Request.Cadence switch
        {
            Cadence.Weekly => "next week",
            Cadence.Biweekly => "in two weeks",
            _ => "next month",
        };
    }
}
