namespace MentorGraph.Api.Seed;

/// <summary>
/// The whole generated organisation from one seed: the people, programs and pairings at once (they are small), and
/// the activity — sessions, notes, feedback, lessons — as a stream of chunks (it is large). The loader writes it;
/// tests read it without a database. Draws everything from one <see cref="SeedRandom"/>, in a fixed order.
/// </summary>
public sealed class SeedGenerator
{
    private readonly ActivityGenerator activity;

    /// <param name="existingDepartments">Departments to reuse (lower-case name → id): those of the database when appending.</param>
    /// <param name="takenEmails">Emails in use (lower case), which new people must not take.</param>
    public SeedGenerator(SeedOptions options, SeedIds ids, IReadOnlyDictionary<string, long>? existingDepartments = null, ISet<string>? takenEmails = null)
    {
        Calendar = new SeedCalendar(options.Today);
        var random = new SeedRandom(options.Seed);
        var size = options.Size;
        Organisation = OrganisationGenerator.Generate(
            random, size.People, Calendar.Now, ids, existingDepartments ?? new Dictionary<string, long>(), takenEmails ?? new HashSet<string>(StringComparer.Ordinal));
        var programs = ProgramPlanner.Plan(Calendar, ids);
        Programs = [.. programs.Select(p => p.Program)];
        Pairings = PairingPlanner.Plan(random, Organisation, programs, size.Pairings, Calendar, ids);

        var counts = Counts;
        counts.Departments = Organisation.Departments.Count;
        counts.People = Organisation.People.Count;
        counts.Deactivated = Organisation.People.Count(p => p.DeactivatedAt is not null);
        counts.TeachTopics = Organisation.People.Sum(p => p.CanTeach.Count);
        counts.LearnTopics = Organisation.People.Sum(p => p.WantsToLearn.Count);
        counts.Programs = Programs.Count;
        counts.Pairings = Pairings.Count;
        counts.StatusChanges = Pairings.Sum(p => p.History.Count);
        foreach (var pairing in Pairings)
        {
            counts.PairingsByStatus[pairing.Status]++;
        }

        activity = new ActivityGenerator(random, Calendar, Pairings, options.RisingTopics, size.Sessions, ids, counts);
    }

    public SeedCalendar Calendar { get; }

    public Organisation Organisation { get; }

    public IReadOnlyList<ProgramRow> Programs { get; }

    public IReadOnlyList<SeedPairing> Pairings { get; }

    /// <summary>What was generated so far: complete once <see cref="Activity"/> has been read to its end.</summary>
    public SeedCounts Counts { get; } = new();

    /// <summary>Notes each rising topic got in each of the last 4 complete weeks (once those weeks were generated).</summary>
    public IReadOnlyDictionary<string, int[]> RisingTargets => activity.RisingTargets;

    public IEnumerable<PersonTopicRow> CanTeach => Organisation.People.SelectMany(p => p.CanTeach.Select(t => new PersonTopicRow(p.Id, t)));

    public IEnumerable<PersonTopicRow> WantsToLearn => Organisation.People.SelectMany(p => p.WantsToLearn.Select(t => new PersonTopicRow(p.Id, t)));

    /// <summary>Sessions with their notes, feedback and lessons, a few weeks at a time, oldest first. Read it once.</summary>
    public IEnumerable<SeedChunk> Activity() => activity.Generate();
}
