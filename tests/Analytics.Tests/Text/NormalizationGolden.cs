using System.Security.Cryptography;
using System.Text;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Text;

/// <summary>
/// The normalized form of many notes under every combination of options, reduced to one digest per
/// note set and option set: any change in any sentence or token of any note changes the digest.
/// </summary>
internal static class NormalizationGolden
{
    /// <summary>Every combination of the options, each with a short name for failure messages.</summary>
    public static IReadOnlyList<(string Name, RoleNormalizationOptions Options)> OptionSets()
    {
        var sets = new List<(string, RoleNormalizationOptions)>();
        foreach (var thirdPerson in new[] { true, false })
        {
            foreach (var they in new[] { false, true })
            {
                foreach (var marker in Enum.GetValues<AuthorMarkerPlacement>())
                {
                    var name = $"third={thirdPerson},they={they},marker={marker}";
                    sets.Add((name, new RoleNormalizationOptions { MapThirdPersonPronouns = thirdPerson, MapTheyPronouns = they, AuthorMarker = marker }));
                }
            }
        }

        return sets;
    }

    public static IReadOnlyList<Note> CorpusNotes() => EmbeddedCorpus.Read().Select(n => n.Note).ToArray();

    public static IReadOnlyList<Note> DevNotes() => DevelopmentSet.Read().Select(n => n.Note).ToArray();

    /// <summary>Hand-picked inputs at the edges of the tokenizer and the name matching.</summary>
    public static IReadOnlyList<Note> EdgeNotes()
    {
        var longWord = new string('a', 300);
        var longName = "B" + new string('x', 600);
        return
        [
            new("", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
            new(" ... !? ", ParticipantRole.Junior, "Tom Baker", "Maya Lopez"),
            new("showed tom how it works, then maya's notes. he agreed", ParticipantRole.Junior, "Tom Baker", "Maya Lopez"),
            new("Then i showed Tom the deck and maya liked it", ParticipantRole.Junior, "Tom Baker", "Maya Lopez"),
            new("MAYA SHOWED ME THE DECK. TOM BAKER AGREED", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
            new("Rafael Domínguez met Tom’s team; Dominguez’s idea won. DOMÍNGUEZ agreed", ParticipantRole.Senior, "Tom Baker", "Rafael Domínguez"),
            new($"A {longWord} word and {longName} too. {longWord}{longWord}", ParticipantRole.Junior, longName, "Maya Lopez"),
            new("Revenue grew 3.5% to $1.2m in Q3. Costs fell 10.0 points, 4. Then 7", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
            new("e.g. the Mr. Baker case, i.e. fine. Dr. Lopez vs. Mr. Baker. Approx. 3 hrs. Ms. Lopez and Mrs. Baker", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
            new("Maya's idea, I'd say. I'm sure we'll see; they're right, you've seen. I'D SAY. Tom's, Tom'", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
            new("buy-now-pay-later, self-serve and Maya-Lopez or Tom/Maya", ParticipantRole.Junior, "Tom Baker", "Maya Lopez"),
            new("% $ € £ & # @ + 50/50 a+b C# Tom&Maya 100€ £5 ^ ~ * = < > [x] {y} \\ |", ParticipantRole.Junior, "Tom Baker", "Maya Lopez"),
            new("First line\r\nSecond line by Tom\r\n\r\nThird\rFourth\nFifth", ParticipantRole.Junior, "Tom Baker", "Maya Lopez"),
            new("'quoted' words, rock 'n' roll, Maya' and 'Tom and o'clock", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
            new("Conor O'Brien met O’Brien's team and Conor O`Brien", ParticipantRole.Junior, "Conor O'Brien", "Maya Lopez"),
            new("Mei Lin Chau and Mei Tan met; Mei asked Lin and Chau asked Tan", ParticipantRole.Junior, "Mei Lin Chau", "Mei Tan"),
            new("Alex Kim met Alex and Alex Park. Kim Park", ParticipantRole.Senior, "Alex Kim", "Alex Park"),
            new("J. R. Smith asked J and R about Smith", ParticipantRole.Senior, "J. R. Smith", "Maya Lopez"),
            new("Mei-Lin showed Chau the deck, then Mei Lin", ParticipantRole.Senior, "Mei-Lin Chau", "Tom Baker"),
            new("He showed me his deck and they liked their idea themselves", ParticipantRole.Senior, null, null),
            new("She showed me hers", ParticipantRole.Junior, "", "   "),
            new("Tom Tom Baker Baker Maya Tom", ParticipantRole.Junior, "Tom Baker", "Maya Lopez"),
            new("Σοφία met Ольга at 東京 and ٣ apps; Ольга agreed", ParticipantRole.Senior, "Ольга Петрова", "Σοφία Παππά"),
            new("Straße and Þór, İstanbul and ıI, ǅemal and Œuvre, Ș and ț", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
            new("José and 👍 and 𝐀bc with iPhone and McDonald", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
            new("node.js and amazon.com. End... Really?! Yes", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
            new("Will will mark Mark's work; I will", ParticipantRole.Senior, "Mark Hale", "Will Ford"),
            new("Me, myself and my mine. Him, himself, herself, hers, themself, theirs", ParticipantRole.Junior, "Tom Baker", "Maya Lopez"),
        ];
    }

    /// <summary>Each note's normalized form (<see cref="NoteTokens.ToString"/>), one line per note.</summary>
    public static string Lines(IEnumerable<Note> notes, RoleNormalizationOptions options)
    {
        var builder = new StringBuilder();
        foreach (var note in notes)
        {
            builder.Append(RoleNormalizer.Normalize(note, options).ToString()).Append('\n');
        }

        return builder.ToString();
    }

    public static string Digest(IEnumerable<Note> notes, RoleNormalizationOptions options) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Lines(notes, options))));
}
