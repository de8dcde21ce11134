using System.Text;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>The generated company: its departments and people.</summary>
public sealed record Organisation(IReadOnlyList<DepartmentRow> Departments, IReadOnlyList<SeedPerson> People)
{
    /// <summary>The people who run the mentoring programs (they propose some pairings): the first two people.</summary>
    public IReadOnlyList<SeedPerson> ProgramManagers => [.. People.Take(2)];
}

/// <summary>
/// Makes the departments and people: realistic names (Bogus, English locale), unique emails, titles that fit
/// department and band, and teach / learn topics that fit the band — juniors teach social media, new tools and
/// what younger customers want; seniors and executives teach the business, leading people and careers.
/// </summary>
public static class OrganisationGenerator
{
    public const string EmailDomain = "example.com";

    /// <summary>Bands and their shares: a pyramid, with enough executives for reverse mentoring.</summary>
    private static readonly (Band Band, double Share)[] BandShares =
    [
        (Band.Executive, 0.06),
        (Band.Senior, 0.22),
        (Band.Mid, 0.30),
        (Band.Junior, 0.42),
    ];

    /// <param name="existingDepartments">Departments already in the database (lower-case name → id), reused rather than duplicated.</param>
    /// <param name="takenEmails">Emails already in use, lower case; the new ones are added.</param>
    public static Organisation Generate(
        SeedRandom random, int people, DateTime todayStart, SeedIds ids,
        IReadOnlyDictionary<string, long> existingDepartments, ISet<string> takenEmails)
    {
        var departments = new List<DepartmentRow>();
        var departmentIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var created = todayStart.AddDays(-random.Int(430, 470));
        foreach (var (name, _) in Titles.Departments)
        {
            if (existingDepartments.TryGetValue(name.ToLowerInvariant(), out var existing))
            {
                departmentIds[name] = existing;
                continue;
            }

            var row = new DepartmentRow(ids.NextDepartment(), name, created.AddMinutes(departments.Count * 3));
            departments.Add(row);
            departmentIds[name] = row.Id;
        }

        var bands = AllocateBands(random, people);
        var result = new List<SeedPerson>(people);
        for (var i = 0; i < people; i++)
        {
            var (department, band, title) = i switch
            {
                0 => ("People & Culture", Band.Senior, "Mentoring Program Manager"),
                1 => ("People & Culture", Band.Mid, "Early Careers Program Lead"),
                _ => PickRole(random, bands[i]),
            };
            result.Add(MakePerson(random, ids, department, departmentIds[department], band, title, todayStart, takenEmails));
        }

        return new Organisation(departments, result);
    }

    /// <summary>Exactly the share of each band (largest remainder), with at least two executives, shuffled; the first two are the program managers' bands.</summary>
    private static List<Band> AllocateBands(SeedRandom random, int people)
    {
        var counts = SeedMath.Allocate(people - 2, [.. BandShares.Select(b => b.Share)], minimumEach: 2);
        var bands = new List<Band>(people);
        for (var i = 0; i < BandShares.Length; i++)
        {
            bands.AddRange(Enumerable.Repeat(BandShares[i].Band, counts[i]));
        }

        var shuffled = random.Sample(bands, bands.Count);
        shuffled.InsertRange(0, [Band.Senior, Band.Mid]);
        return shuffled;
    }

    private static (string Department, Band Band, string Title) PickRole(SeedRandom random, Band band)
    {
        var department = random.Pick(Titles.Departments.Select(d => (d.Name, d.Share)).ToList());
        return (department, band, random.Pick(Titles.For(department, band)));
    }

    private static SeedPerson MakePerson(
        SeedRandom random, SeedIds ids, string department, long departmentId, Band band, string title, DateTime todayStart, ISet<string> takenEmails)
    {
        var female = random.Chance(0.5);
        var gender = female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male;
        var first = random.Faker.Name.FirstName(gender);
        var last = random.Faker.Name.LastName(gender);
        var canTeach = PickTopics(random, department, random.Int(2, 4), p => TopicProfiles.TeachWeight(p, band), []);
        var wantsToLearn = PickTopics(random, department, random.Int(2, 3), p => TopicProfiles.LearnWeight(p, band), canTeach);
        return new SeedPerson
        {
            Id = ids.NextPerson(),
            FirstName = first,
            LastName = last,
            Email = UniqueEmail(first, last, takenEmails),
            Title = title,
            DepartmentId = departmentId,
            Department = department,
            Band = band,
            IsFemale = female,
            Style = PickStyle(random, band),
            CanTeach = canTeach,
            WantsToLearn = wantsToLearn,
            // The directory was imported from the HR system before the first program started.
            CreatedAt = todayStart.AddDays(-random.Int(400, 420)).AddMinutes(random.Int(8 * 60, 18 * 60)),
        };
    }

    private static List<string> PickTopics(SeedRandom random, string department, int count, Func<TopicProfile, double> weight, IReadOnlyList<string> excluded)
    {
        var strengths = TopicProfiles.DepartmentStrengths(department);
        var candidates = TopicProfiles.All
            .Where(p => !excluded.Contains(p.Topic))
            .Select(p => (p.Topic, Weight: Math.Max(0.01, weight(p)) * (strengths.Contains(p.Topic) ? 1.8 : 1.0)))
            .ToList();
        var chosen = new List<string>(count);
        while (chosen.Count < count && candidates.Count > 0)
        {
            var index = random.PickIndex([.. candidates.Select(c => c.Weight)]);
            chosen.Add(candidates[index].Topic);
            candidates.RemoveAt(index);
        }

        // In the taxonomy's order, as a person's topic lists are shown.
        return [.. SeedTopics.All.Where(chosen.Contains)];
    }

    private static WritingStyle PickStyle(SeedRandom random, Band band) => random.Pick<WritingStyle>(band switch
    {
        Band.Junior => [(WritingStyle.Plain, 0.48), (WritingStyle.Detailed, 0.12), (WritingStyle.Informal, 0.32), (WritingStyle.Terse, 0.08)],
        Band.Mid => [(WritingStyle.Plain, 0.56), (WritingStyle.Detailed, 0.16), (WritingStyle.Informal, 0.18), (WritingStyle.Terse, 0.10)],
        Band.Senior => [(WritingStyle.Plain, 0.56), (WritingStyle.Detailed, 0.22), (WritingStyle.Informal, 0.08), (WritingStyle.Terse, 0.14)],
        _ => [(WritingStyle.Plain, 0.55), (WritingStyle.Detailed, 0.18), (WritingStyle.Informal, 0.05), (WritingStyle.Terse, 0.22)],
    });

    /// <summary><c>first.last@example.com</c> in plain letters, numbered when taken (<c>first.last2@…</c>).</summary>
    private static string UniqueEmail(string first, string last, ISet<string> takenEmails)
    {
        var local = $"{Letters(first)}.{Letters(last)}";
        var email = $"{local}@{EmailDomain}";
        for (var n = 2; !takenEmails.Add(email); n++)
        {
            email = $"{local}{n}@{EmailDomain}";
        }

        return email;
    }

    private static string Letters(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
            {
                text.Append(c);
            }
        }

        return text.Length > 0 ? text.ToString() : "person";
    }
}
