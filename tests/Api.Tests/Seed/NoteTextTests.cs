using System.Text.RegularExpressions;
using MentorGraph.Api.Seed;
using MentorGraph.Api.Seed.Notes;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Tests.Seed;

/// <summary>
/// The note texts of the default organisation read like notes many people wrote: no two alike, varied openings and
/// lengths, every topic and direction, in the first person, naming the other participant.
/// </summary>
public sealed class NoteTextTests
{
    private static readonly List<NoteRow> Notes = GeneratedSeed.Default.Notes;

    [Fact]
    public void DefaultSize_AboutThreeThousandNotes()
    {
        Assert.InRange(Notes.Count, 2500, 4500);
    }

    [Fact]
    public void NoTwoNotesAreTheSame()
    {
        Assert.Equal(Notes.Count, Notes.Select(n => n.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Openings_Vary()
    {
        var openings = Notes.Select(n => FirstWords(n.Text, 3)).ToList();
        var distinct = openings.Distinct(StringComparer.Ordinal).Count();
        Assert.True(distinct >= Notes.Count / 4, $"{distinct} distinct first-3-word openings of {Notes.Count} notes");
        var mostCommon = openings.GroupBy(o => o, StringComparer.Ordinal).Max(g => g.Count());
        Assert.True(mostCommon <= Notes.Count * 0.03, $"one opening starts {mostCommon} notes");
        var firstWords = Notes.Select(n => FirstWords(n.Text, 1)).Distinct(StringComparer.Ordinal).Count();
        Assert.True(firstWords >= 60, $"only {firstWords} different first words");
    }

    [Fact]
    public void Lengths_MedianAroundThreeHundredCharacters_FromShortToLong()
    {
        var lengths = Notes.Select(n => n.Text.Length).Order().ToList();
        var median = lengths[lengths.Count / 2];
        Assert.InRange(median, 280, 420);
        Assert.True(lengths[lengths.Count / 10] < 200, "a tenth of the notes are short");
        Assert.True(lengths[lengths.Count * 9 / 10] > 400, "a tenth of the notes are long");
        Assert.True(lengths[0] >= 20, $"the shortest note has {lengths[0]} characters");
        Assert.True(lengths[^1] <= 1500, $"the longest note has {lengths[^1]} characters");
    }

    [Fact]
    public void Sentences_OneToAboutSix()
    {
        var counts = Notes.Select(n => Regex.Matches(n.Text, @"[.!?:](\s|$)|\s-\s").Count + (Regex.IsMatch(n.Text, @"[.!?]$") ? 0 : 1)).ToList();
        Assert.Contains(counts, c => c <= 1);
        Assert.Contains(counts, c => c >= 6);
        Assert.All(counts, c => Assert.InRange(c, 1, 12));
    }

    [Fact]
    public void EveryTopicAndDirection_IsWrittenAbout()
    {
        foreach (var topic in SeedTopics.All)
        {
            Assert.True(Notes.Count(n => n.Label.Topic == topic) >= 100, $"{topic}: {Notes.Count(n => n.Label.Topic == topic)} notes");
        }

        foreach (var direction in Enum.GetValues<NoteDirection>())
        {
            Assert.True(Notes.Count(n => n.Label.Direction == direction) >= Notes.Count / 10, $"{direction}: {Notes.Count(n => n.Label.Direction == direction)} notes");
        }
    }

    [Fact]
    public void WrittenInTheFirstPerson_NamingTheOtherParticipant()
    {
        var seed = GeneratedSeed.Default;
        var people = seed.Generator.Organisation.People.ToDictionary(p => p.Id);
        var sessions = seed.Sessions.ToDictionary(s => s.Id);
        var pairings = seed.Generator.Pairings.ToDictionary(p => p.Id);
        var naming = 0;
        var firstPerson = 0;
        foreach (var note in Notes)
        {
            var pairing = pairings[sessions[note.SessionId].PairingId];
            var other = pairing.Other(people[note.AuthorId]);
            if (note.Text.Contains(other.FirstName, StringComparison.OrdinalIgnoreCase))
            {
                naming++;
            }

            if (Regex.IsMatch(note.Text, @"(?i)\b(i|me|my|we|our|us|i'[a-z]+)\b"))
            {
                firstPerson++;
            }

            Assert.DoesNotContain("{", note.Text);
            Assert.DoesNotContain("}", note.Text);
        }

        Assert.True(naming >= Notes.Count * 0.85, $"{naming} of {Notes.Count} notes name the other participant");
        // The rest are first person without a pronoun: "Spent the session helping Guy with ...".
        Assert.True(firstPerson >= Notes.Count * 0.95, $"{firstPerson} of {Notes.Count} notes say I, me, my or we");
    }

    [Fact]
    public void SomeNotes_AreInformal()
    {
        var lowerCase = Notes.Count(n => n.Text == n.Text.ToLowerInvariant());
        Assert.InRange(lowerCase, Notes.Count / 100, Notes.Count / 5);
        Assert.Contains(Notes, n => n.Text.Contains(" w/ ", StringComparison.Ordinal) || n.Text.Contains(" & ", StringComparison.Ordinal));
    }

    [Fact]
    public void SentenceShapes_Vary_NotOneTemplateWithNamesSwapped()
    {
        // Replace every name of the organisation by X: what remains must still be nearly all distinct.
        var names = GeneratedSeed.Default.Generator.Organisation.People.Select(p => p.FirstName).Distinct().ToList();
        var pattern = new Regex(@"\b(" + string.Join('|', names.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase);
        var shapes = Notes.Select(n => pattern.Replace(n.Text, "X")).Distinct(StringComparer.Ordinal).Count();
        Assert.True(shapes >= Notes.Count * 0.98, $"{shapes} distinct texts of {Notes.Count} once names are removed");
    }

    [Fact]
    public void Direction_ShowsInWhoTaught()
    {
        // A note by the senior about an UPWARD session has the other person teaching; by the junior, the author.
        var writer = new NoteWriter(new SeedRandom(7));
        var senior = Person("Helen", true, WritingStyle.Plain);
        var junior = Person("Omar", false, WritingStyle.Plain);
        var upwardBySenior = new NoteRequest("SOCIAL_MEDIA", NoteDirection.Upward, senior, true, junior, SessionFormat.Coffee, Cadence.Weekly, new DateTime(2026, 5, 4, 10, 0, 0, DateTimeKind.Utc), 3);
        Assert.Equal(Teaching.Them, upwardBySenior.Teaching);
        Assert.Equal(Teaching.Me, (upwardBySenior with { Author = junior, AuthorIsSenior = false, Other = senior }).Teaching);
        Assert.Equal(Teaching.Me, (upwardBySenior with { Direction = NoteDirection.Downward }).Teaching);
        Assert.Equal(Teaching.Both, (upwardBySenior with { Direction = NoteDirection.Mutual }).Teaching);
        for (var i = 0; i < 50; i++)
        {
            Assert.Contains("Omar", writer.Write(upwardBySenior), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void TopicBanks_CoverEveryTopic_WithEnoughPieces()
    {
        Assert.Equal(SeedTopics.All, TopicBanks.All.Select(b => b.Topic));
        foreach (var bank in TopicBanks.All)
        {
            Assert.True(bank.Subjects.Count >= 12, bank.Topic);
            Assert.True(bank.HowTos.Count >= 6, bank.Topic);
            Assert.True(bank.Details.Count >= 12, bank.Topic);
            Assert.True(bank.Insights.Count >= 8, bank.Topic);
            Assert.True(bank.NextSteps.Count >= 7, bank.Topic);
            Assert.True(bank.LessonTitles.Count >= 7, bank.Topic);
            Assert.True(bank.Goals.Count >= 4, bank.Topic);
            foreach (var bySenior in new[] { true, false })
            {
                foreach (var teaching in Enum.GetValues<Teaching>())
                {
                    Assert.True(Voice.Fitting(bank.Details, bySenior, teaching).Count >= 8, $"{bank.Topic} senior={bySenior} {teaching}");
                    Assert.True(Voice.Fitting(bank.Insights, bySenior, teaching).Count >= 6, $"{bank.Topic} senior={bySenior} {teaching}");
                    Assert.True(Voice.Fitting(bank.NextSteps, bySenior, teaching).Count >= 4, $"{bank.Topic} senior={bySenior} {teaching}");
                }
            }
        }
    }

    private static SeedPerson Person(string first, bool female, WritingStyle style) => new()
    {
        Id = first.Length,
        FirstName = first,
        LastName = "Test",
        Email = $"{first}@example.com",
        Title = "Tester",
        Department = "Engineering",
        IsFemale = female,
        Style = style,
        CanTeach = [],
        WantsToLearn = [],
    };

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));
}
