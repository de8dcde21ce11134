using MentorGraph.Api.Seed.Notes;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>
/// Plans the pairings: who is paired with whom in which program (the senior's band higher, one pairing per two
/// people per program), what each expects, and a life that follows the state machine —
/// PROPOSED → ACTIVE ⇄ PAUSED → COMPLETED | CANCELLED, PROPOSED → DECLINED | EXPIRED — with a history row per
/// change. Then some people leave: only people whose pairings are all closed, after the last one ended.
/// </summary>
public static class PairingPlanner
{
    /// <summary>The share of pairings in each status; every status gets at least one pairing.</summary>
    public static IReadOnlyList<(PairingStatus Status, double Share)> StatusShares { get; } =
    [
        (PairingStatus.Active, 0.45),
        (PairingStatus.Paused, 0.08),
        (PairingStatus.Completed, 0.22),
        (PairingStatus.Cancelled, 0.08),
        (PairingStatus.Proposed, 0.07),
        (PairingStatus.Declined, 0.05),
        (PairingStatus.Expired, 0.05),
    ];

    /// <summary>About one person in forty has left; never a program manager.</summary>
    public const double LeaverShare = 0.025;

    public static List<SeedPairing> Plan(
        SeedRandom random, Organisation organisation, IReadOnlyList<(ProgramRow Program, double Share)> programs, int count, SeedCalendar calendar, SeedIds ids)
    {
        var counts = SeedMath.Allocate(count, [.. StatusShares.Select(s => s.Share)], minimumEach: 1);
        var statuses = new List<PairingStatus>(count);
        for (var i = 0; i < counts.Length; i++)
        {
            statuses.AddRange(Enumerable.Repeat(StatusShares[i].Status, counts[i]));
        }

        statuses = random.Sample(statuses, statuses.Count);
        var managers = organisation.ProgramManagers;
        var candidates = organisation.People.Skip(managers.Count).ToList();
        var byBand = Enum.GetValues<Band>().ToDictionary(b => b, b => candidates.Where(p => p.Band == b).ToList());
        var taken = new HashSet<(long Program, long Senior, long Junior)>();
        var pairings = new List<SeedPairing>(count);
        foreach (var status in statuses)
        {
            var program = random.Pick(programs.Select(p => (p.Program, p.Share)).ToList());
            var (senior, junior) = PickPeople(random, byBand, program.Id, taken);
            senior.Pairings++;
            junior.Pairings++;
            var pairing = new SeedPairing
            {
                Id = ids.NextPairing(),
                Program = program,
                Senior = senior,
                Junior = junior,
                Cadence = PickCadence(random, program.DefaultCadence),
                Status = status,
                Agenda = PickAgenda(random, senior, junior),
                Format = random.Pick<SessionFormat>([(SessionFormat.Coffee, 0.25), (SessionFormat.Video, 0.3), (SessionFormat.Lunch, 0.12), (SessionFormat.Office, 0.18), (SessionFormat.Walk, 0.1), (SessionFormat.Other, 0.05)]),
                UsualQuarter = random.Int(0, 35),
            };
            pairing.SeniorExpects = Expectation(random, pairing.Agenda, junior.CanTeach);
            pairing.JuniorExpects = Expectation(random, pairing.Agenda, senior.CanTeach);
            Live(random, pairing, managers, calendar, ids);
            pairings.Add(pairing);
        }

        Deactivate(random, organisation, pairings, calendar);
        return pairings;
    }

    /// <summary>
    /// The sessions the plans leave room for: each pairing's cadence slots between its first and last possible
    /// session, outside its pauses, less the expected holiday skips. The calendar keeps about as many of them as
    /// the sessions asked for.
    /// </summary>
    public static double ExpectedSlots(IEnumerable<SeedPairing> pairings)
    {
        var total = 0.0;
        foreach (var pairing in pairings.Where(p => p.HasSessions))
        {
            var step = TimeSpan.FromDays(SeedCalendar.CadenceDays(pairing.Cadence));
            for (var slot = pairing.SessionsFrom; slot < pairing.SessionsUntil; slot += step)
            {
                if (pairing.IsPausedAt(slot, out var resumes))
                {
                    slot = resumes - step;
                    continue;
                }

                total += 1 - SeedCalendar.HolidaySkip(slot);
            }
        }

        return total;
    }

    private static (SeedPerson Senior, SeedPerson Junior) PickPeople(
        SeedRandom random, Dictionary<Band, List<SeedPerson>> byBand, long programId, HashSet<(long, long, long)> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var seniorBand = random.Pick<Band>([(Band.Executive, 0.5), (Band.Senior, 0.42), (Band.Mid, 0.08)]);
            var juniorBand = seniorBand == Band.Mid ? Band.Junior : random.Pick<Band>([(Band.Junior, 0.72), (Band.Mid, 0.28)]);
            var senior = LeastBusy(random, byBand[seniorBand]);
            var junior = LeastBusy(random, byBand[juniorBand]);
            if (senior is null || junior is null || !BandOrder.IsHigher(senior.Band, junior.Band))
            {
                continue;
            }

            if (taken.Add((programId, senior.Id, junior.Id)))
            {
                return (senior, junior);
            }

            if (attempt > 1000)
            {
                throw new InvalidOperationException("Too few people for the pairings asked for.");
            }
        }
    }

    /// <summary>Of four people drawn, the one in the fewest pairings: spreads pairings without making them even.</summary>
    private static SeedPerson? LeastBusy(SeedRandom random, List<SeedPerson> pool)
    {
        if (pool.Count == 0)
        {
            return null;
        }

        SeedPerson? best = null;
        for (var i = 0; i < 4; i++)
        {
            var person = random.Pick(pool);
            if (best is null || person.Pairings < best.Pairings)
            {
                best = person;
            }
        }

        return best;
    }

    private static Cadence PickCadence(SeedRandom random, Cadence programDefault) => random.Chance(0.7)
        ? programDefault
        : programDefault switch
        {
            Cadence.Weekly => random.Pick<Cadence>([(Cadence.Biweekly, 0.7), (Cadence.Monthly, 0.3)]),
            Cadence.Biweekly => random.Pick<Cadence>([(Cadence.Weekly, 0.6), (Cadence.Monthly, 0.4)]),
            _ => random.Pick<Cadence>([(Cadence.Weekly, 0.5), (Cadence.Biweekly, 0.5)]),
        };

    /// <summary>3 or 4 topics: first what one can teach and the other wants to learn, then what either can teach.</summary>
    private static List<string> PickAgenda(SeedRandom random, SeedPerson senior, SeedPerson junior)
    {
        var matched = junior.CanTeach.Where(senior.WantsToLearn.Contains).Concat(senior.CanTeach.Where(junior.WantsToLearn.Contains)).Distinct().ToList();
        var agenda = random.Sample(matched, 4);
        var more = random.Sample(junior.CanTeach.Concat(senior.CanTeach).Distinct().Where(t => !agenda.Contains(t)).ToList(), random.Int(3, 4) - agenda.Count);
        agenda.AddRange(more);
        return [.. SeedTopics.All.Where(agenda.Contains)];
    }

    /// <summary>What one side hopes to gain: a goal of a topic the other side can teach, preferably one on their agenda.</summary>
    private static string Expectation(SeedRandom random, IReadOnlyList<string> agenda, IReadOnlyList<string> otherCanTeach)
    {
        var topics = otherCanTeach.Where(agenda.Contains).ToList();
        var topic = random.Pick(topics.Count > 0 ? topics : otherCanTeach);
        return random.Pick(TopicBanks.Of(topic).Goals);
    }

    /// <summary>The pairing's life from proposal to its status today, with its history and the window its sessions fall in.</summary>
    private static void Live(SeedRandom random, SeedPairing pairing, IReadOnlyList<SeedPerson> managers, SeedCalendar calendar, SeedIds ids)
    {
        var now = calendar.Now;
        var earliest = SeedCalendar.Max(pairing.Program.StartsOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), now.AddDays(-364));
        var proposer = random.Pick<SeedPerson?>([(pairing.Senior, 0.45), (pairing.Junior, 0.4), (random.Pick(managers), 0.15)]);
        var answerer = proposer?.Id == pairing.Senior.Id ? pairing.Junior : pairing.Senior;
        var status = pairing.Status;

        if (status is PairingStatus.Proposed or PairingStatus.Declined or PairingStatus.Expired)
        {
            var proposedDay = status == PairingStatus.Proposed ? now.AddDays(-random.Int(1, 12)) : Day(random, earliest, now.AddDays(-20));
            Propose(random, pairing, proposer, proposedDay, ids);
            if (status == PairingStatus.Declined)
            {
                Change(pairing, PairingStatus.Declined, answerer, SeedCalendar.AtWorkTime(random, pairing.ProposedAt.AddDays(random.Int(1, 9))), random.Pick(PairingReasons.Decline), ids);
            }
            else if (status == PairingStatus.Expired)
            {
                // The expiry job, not a person, after respond_by passed.
                Change(pairing, PairingStatus.Expired, null, pairing.RespondBy.AddHours(random.Int(1, 20)), null, ids);
            }

            return;
        }

        var latestStart = status switch
        {
            PairingStatus.Completed => now.AddDays(-125),
            PairingStatus.Cancelled => now.AddDays(-35),
            _ => now.AddDays(-42),
        };
        var started = status == PairingStatus.Active && random.Chance(0.1)
            ? now.AddDays(-random.Int(14, 40))
            : random.Chance(0.8) ? Day(random, earliest, SeedCalendar.Min(earliest.AddDays(30), latestStart)) : Day(random, earliest, latestStart);
        Propose(random, pairing, proposer, started.AddDays(-random.Int(2, 12)), ids);
        var startedAt = SeedCalendar.AtWorkTime(random, started);
        Change(pairing, PairingStatus.Active, answerer, startedAt, null, ids);
        pairing.StartedAt = startedAt;
        pairing.SessionsFrom = startedAt.AddDays(random.Int(1, 6));

        DateTime end;
        switch (status)
        {
            case PairingStatus.Active:
                MaybePauseAndResume(random, pairing, 0.25, startedAt.AddDays(35), now.AddDays(-75), now.AddDays(-20), ids);
                end = now + SeedCalendar.Horizon;
                break;
            case PairingStatus.Paused:
                MaybePauseAndResume(random, pairing, 0.15, startedAt.AddDays(28), now.AddDays(-120), now.AddDays(-60), ids);
                var from = SeedCalendar.Max(SeedCalendar.Max(startedAt.AddDays(28), now.AddDays(-150)), pairing.History[^1].At.AddDays(14));
                var pausedAt = SeedCalendar.AtWorkTime(random, Day(random, from, SeedCalendar.Max(from, now.AddDays(-4))));
                Change(pairing, PairingStatus.Paused, random.Chance(0.6) ? pairing.Senior : pairing.Junior, pausedAt, random.Pick(PairingReasons.Pause), ids);
                pairing.Pauses.Add((pausedAt, DateTime.MaxValue));
                end = pausedAt;
                break;
            case PairingStatus.Completed:
                var completeDay = SeedCalendar.Min(started.AddDays(random.Int(150, 320)), now.AddDays(-random.Int(3, 20)));
                MaybePauseAndResume(random, pairing, 0.2, startedAt.AddDays(30), completeDay.AddDays(-60), completeDay.AddDays(-14), ids);
                end = SeedCalendar.AtWorkTime(random, completeDay);
                Change(pairing, PairingStatus.Completed, random.Chance(0.5) ? pairing.Senior : pairing.Junior, end, random.Pick(PairingReasons.Complete), ids);
                break;
            default:
                var cancelDay = SeedCalendar.Min(started.AddDays(random.Int(25, 170)), now.AddDays(-random.Int(2, 10)));
                end = SeedCalendar.AtWorkTime(random, cancelDay);
                Change(pairing, PairingStatus.Cancelled, random.Chance(0.5) ? pairing.Senior : pairing.Junior, end, random.Pick(PairingReasons.Cancel), ids);
                break;
        }

        pairing.SessionsUntil = end;
        pairing.NextSlot = pairing.SessionsFrom;
    }

    private static void MaybePauseAndResume(SeedRandom random, SeedPairing pairing, double chance, DateTime earliest, DateTime latest, DateTime resumeBy, SeedIds ids)
    {
        if (earliest >= latest || !random.Chance(chance))
        {
            return;
        }

        var pausedAt = SeedCalendar.AtWorkTime(random, Day(random, earliest, latest));
        var resumedAt = SeedCalendar.AtWorkTime(random, SeedCalendar.Min(pausedAt.AddDays(random.Int(14, 45)), resumeBy));
        if (resumedAt <= pausedAt.AddDays(7))
        {
            return;
        }

        var by = random.Chance(0.6) ? pairing.Senior : pairing.Junior;
        Change(pairing, PairingStatus.Paused, by, pausedAt, random.Pick(PairingReasons.Pause), ids);
        Change(pairing, PairingStatus.Active, by, resumedAt, random.Pick(PairingReasons.Resume), ids);
        pairing.Pauses.Add((pausedAt, resumedAt));
    }

    private static void Propose(SeedRandom random, SeedPairing pairing, SeedPerson? proposer, DateTime day, SeedIds ids)
    {
        var at = SeedCalendar.AtWorkTime(random, day);
        pairing.Status = PairingStatus.Proposed;
        pairing.ProposedById = proposer?.Id;
        pairing.ProposedAt = at;
        pairing.RespondBy = at + PairingTransitions.DefaultRespondWithin;
        pairing.History.Add(new StatusChangeRow(ids.NextStatusChange(), pairing.Id, null, PairingStatus.Proposed, proposer?.Id, at, null));
    }

    /// <summary>One edge of the state machine, as <see cref="PairingTransitions"/> takes it: status, dates and a history row.</summary>
    private static void Change(SeedPairing pairing, PairingStatus to, SeedPerson? by, DateTime at, string? reason, SeedIds ids)
    {
        if (!PairingStateMachine.IsEdge(pairing.Status, to))
        {
            throw new InvalidOperationException($"The seed planned a pairing going from {pairing.Status} to {to}.");
        }

        pairing.History.Add(new StatusChangeRow(ids.NextStatusChange(), pairing.Id, pairing.Status, to, by?.Id, at, reason));
        pairing.Status = to;
        if (PairingStateMachine.IsClosed(to))
        {
            pairing.EndedAt = at;
        }
    }

    /// <summary>
    /// Makes about <see cref="LeaverShare"/> of the people leavers: first people whose last pairing was cancelled
    /// (it becomes the cancellation for a leaver, by no one), then people whose pairings all ended or who had none.
    /// A leaver is deactivated at least a week after their last pairing closed and in no open pairing.
    /// </summary>
    private static void Deactivate(SeedRandom random, Organisation organisation, List<SeedPairing> pairings, SeedCalendar calendar)
    {
        var target = (int)Math.Round(organisation.People.Count * LeaverShare);
        var byPerson = new Dictionary<long, List<SeedPairing>>();
        foreach (var pairing in pairings)
        {
            foreach (var person in new[] { pairing.Senior, pairing.Junior })
            {
                if (!byPerson.TryGetValue(person.Id, out var list))
                {
                    byPerson[person.Id] = list = [];
                }

                list.Add(pairing);
            }
        }

        var latest = calendar.Now.AddDays(-2);
        var done = 0;
        foreach (var person in random.Sample(organisation.People.Skip(organisation.ProgramManagers.Count).ToList(), organisation.People.Count))
        {
            if (done >= target)
            {
                break;
            }

            var own = byPerson.GetValueOrDefault(person.Id) ?? [];
            if (own.Any(p => PairingStateMachine.IsOpen(p.Status)))
            {
                continue;
            }

            if (own.Count == 0)
            {
                person.DeactivatedAt = SeedCalendar.AtWorkTime(random, calendar.Now.AddDays(-random.Int(10, 300)));
                done++;
                continue;
            }

            var last = own.MaxBy(p => p.EndedAt!.Value)!;
            var leftAt = last.EndedAt!.Value.AddDays(random.Int(8, 20));
            if (leftAt > latest)
            {
                continue;
            }

            if (last.Status == PairingStatus.Cancelled && last.StartedAt is not null && own.All(p => p == last || p.EndedAt <= last.EndedAt!.Value.AddDays(-8)))
            {
                // The pairing ended because this person left: cancelled for a leaver, by no one, when they left;
                // their last week had no sessions.
                leftAt = last.EndedAt!.Value;
                last.History[^1] = last.History[^1] with { ByPersonId = null, Reason = PairingReasons.Leaver };
                last.SessionsUntil = SeedCalendar.Max(last.SessionsFrom, leftAt.AddDays(-8));
            }

            person.DeactivatedAt = leftAt;
            done++;
        }
    }

    /// <summary>A day from <paramref name="from"/> to <paramref name="to"/> (its date only).</summary>
    private static DateTime Day(SeedRandom random, DateTime from, DateTime to)
    {
        var days = Math.Max(0, (int)(to.Date - from.Date).TotalDays);
        return DateTime.SpecifyKind(from.Date.AddDays(random.Int(0, days)), DateTimeKind.Utc);
    }
}
