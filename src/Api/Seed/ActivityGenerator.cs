using MentorGraph.Api.Seed.Notes;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>
/// Walks the calendar week by week, from the first pairing's start to the scheduling horizon, and writes what
/// happened: each pairing meets on its cadence (weekly, every two weeks, monthly; fewer around Christmas and in
/// August; none while paused), sessions before today are COMPLETED, CANCELLED or MISSED and later ones SCHEDULED,
/// completed ones get notes by one or both participants, feedback and sometimes a lesson. In the last 4 complete
/// weeks the rising topics get exactly the notes <see cref="RisingTopics.Targets"/> asks for, in extra sessions of
/// pairings that meet then, while regular sessions keep to the other topics — so those stay flat.
/// Rows come out in chunks of a few weeks, ids increasing with time.
/// </summary>
public sealed class ActivityGenerator
{
    private readonly SeedRandom random;
    private readonly SeedCalendar calendar;
    private readonly List<SeedPairing> pairings;
    private readonly IReadOnlyList<string> rising;
    private readonly SeedIds ids;
    private readonly NoteWriter notes;
    private readonly double keep;
    private readonly double followUp;
    private readonly int chunkSessions;
    private Dictionary<string, int[]>? risingTargets;
    private readonly Dictionary<string, int> flatCaps = new(StringComparer.Ordinal);

    /// <param name="targetSessions">About how many regular sessions to make (the rising topics add some).</param>
    /// <param name="chunkSessions">How many sessions a chunk holds at least (the last one may hold fewer).</param>
    public ActivityGenerator(
        SeedRandom random, SeedCalendar calendar, IReadOnlyList<SeedPairing> pairings, IReadOnlyList<string> risingTopics,
        int targetSessions, SeedIds ids, SeedCounts counts, int chunkSessions = 20_000)
    {
        this.random = random;
        this.calendar = calendar;
        this.pairings = [.. pairings.Where(p => p.HasSessions)];
        rising = risingTopics;
        this.ids = ids;
        Counts = counts;
        this.chunkSessions = chunkSessions;
        notes = new NoteWriter(random);
        var slots = PairingPlanner.ExpectedSlots(this.pairings);
        var ratio = slots <= 0 ? 1 : targetSessions / slots;
        keep = Math.Min(1, ratio);
        followUp = Math.Clamp(ratio - 1, 0, 0.5);
    }

    public SeedCounts Counts { get; }

    /// <summary>How many notes each rising topic was given in the last 4 weeks (known once those weeks are generated).</summary>
    public IReadOnlyDictionary<string, int[]> RisingTargets => risingTargets ?? [];

    public IEnumerable<SeedChunk> Generate()
    {
        if (pairings.Count == 0)
        {
            yield break;
        }

        var first = SeedMath.WeekStart(pairings.Min(p => p.SessionsFrom));
        var last = calendar.Now + SeedCalendar.Horizon;
        var weeks = Math.Max(1, (last - first).TotalDays / 7);
        var chunk = new SeedChunk();
        for (var week = first; week < last; week = week.AddDays(7))
        {
            var drafts = Plan(week);
            drafts.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Pairing.Id.CompareTo(b.Pairing.Id));
            foreach (var draft in drafts)
            {
                Write(draft, chunk);
            }

            LessonsOutsideSessions(week, chunk);
            if (chunk.Sessions.Count >= chunkSessions)
            {
                chunk.Progress = Math.Min(1, (week.AddDays(7) - first).TotalDays / 7 / weeks);
                yield return chunk;
                chunk = new SeedChunk();
            }
        }

        chunk.Progress = 1;
        yield return chunk;
    }

    /// <summary>A session about to be written: its pairing and time, and for the rising topics' extra sessions their topic and how many notes.</summary>
    private sealed record Draft(SeedPairing Pairing, DateTime At, string? Topic = null, int Notes = 0);

    private List<Draft> Plan(DateTime week)
    {
        var weekEnd = week.AddDays(7);
        var drafts = new List<Draft>();
        foreach (var pairing in pairings)
        {
            while (pairing.NextSlot < weekEnd && pairing.NextSlot < pairing.SessionsUntil)
            {
                var slot = pairing.NextSlot;
                pairing.NextSlot = slot.AddDays(pairing.Cadence == Cadence.Monthly ? random.Int(28, 33) : SeedCalendar.CadenceDays(pairing.Cadence));
                if (pairing.IsPausedAt(slot, out var resumes))
                {
                    pairing.NextSlot = SeedCalendar.Max(pairing.NextSlot, resumes.AddDays(random.Int(1, 6)));
                    continue;
                }

                if (random.Chance(SeedCalendar.HolidaySkip(slot)) || !random.Chance(keep))
                {
                    continue;
                }

                var day = random.Chance(0.25) ? slot.AddDays(random.Int(-1, 2)) : slot;
                var quarter = Math.Clamp(pairing.UsualQuarter + (random.Chance(0.3) ? random.Int(-2, 2) : 0), 0, 39);
                var at = SeedCalendar.OnWorkingDay(DateTime.SpecifyKind(day.Date, DateTimeKind.Utc).AddMinutes(8 * 60 + 15 * quarter));
                if (at >= pairing.SessionsUntil || at < pairing.StartedAt)
                {
                    continue;
                }

                drafts.Add(new Draft(pairing, at));
                if (random.Chance(followUp))
                {
                    // A follow-up a few days later: how the sessions asked for are reached when the cadences leave too few slots.
                    var next = SeedCalendar.OnWorkingDay(at.AddDays(random.Int(2, 4)));
                    if (next < pairing.SessionsUntil && !pairing.IsPausedAt(next, out _))
                    {
                        drafts.Add(new Draft(pairing, next));
                    }
                }
            }
        }

        if (calendar.IsRisingWeek(week))
        {
            AddRisingSessions(week, drafts);
        }

        return drafts;
    }

    /// <summary>Extra sessions in a rising week, each about one rising topic, until the topic has its target of notes.</summary>
    private void AddRisingSessions(DateTime week, List<Draft> drafts)
    {
        risingTargets ??= rising.ToDictionary(
            topic => topic,
            topic => RisingTopics.Targets(random, Counts.WeeklyNotes[topic].Take(SeedCalendar.YearWeeks - SeedCalendar.RisingWeeks).Sum()),
            StringComparer.Ordinal);
        var index = (int)((week - calendar.RisingStart).TotalDays / 7);
        var available = pairings.Where(p => p.MeetsDuring(week)).ToList();
        if (available.Count == 0)
        {
            available = [.. pairings.Where(p => p.SessionsFrom < week.AddDays(5) && p.SessionsUntil > week.AddDays(1) && !p.IsPausedAt(week, out _))];
        }

        if (available.Count == 0)
        {
            throw new InvalidOperationException($"No pairing meets in the week of {week:yyyy-MM-dd} to carry the rising topics; ask for more sessions.");
        }

        foreach (var topic in rising)
        {
            var remaining = risingTargets[topic][index];
            var order = random.Sample(available, available.Count);
            for (var i = 0; remaining > 0; i++)
            {
                var pairing = order[i % order.Count];
                var from = SeedCalendar.Max(week, pairing.SessionsFrom);
                var until = SeedCalendar.Min(week.AddDays(5), pairing.SessionsUntil);
                var at = SeedCalendar.AtWorkTime(random, from.AddDays(random.Int(0, Math.Max(0, (int)(until - from).TotalDays - 1))));
                if (at < from || at >= until || at >= calendar.Now)
                {
                    at = from.AddHours(1);
                }

                var count = remaining >= 2 && random.Chance(0.45) ? 2 : 1;
                drafts.Add(new Draft(pairing, at, topic, count));
                remaining -= count;
                Counts.RisingSessions++;
            }
        }
    }

    private void Write(Draft draft, SeedChunk chunk)
    {
        var pairing = draft.Pairing;
        var at = draft.At;
        var now = calendar.Now;
        var weekEnd = SeedMath.WeekStart(at).AddDays(7);
        // Everything about a past session is written within its own week and before today.
        var writtenBy = SeedCalendar.Min(weekEnd, now).AddMinutes(-1);
        var format = random.Chance(0.65) ? pairing.Format : random.Pick(Enum.GetValues<SessionFormat>());
        var duration = Duration(format);
        var status = at >= now ? SessionStatus.Scheduled
            : draft.Topic is not null ? SessionStatus.Completed
            : random.Pick<SessionStatus>([(SessionStatus.Completed, 0.84), (SessionStatus.Cancelled, 0.10), (SessionStatus.Missed, 0.06)]);

        // Scheduled ahead (future sessions: in the last few weeks), at the earliest when the pairing started.
        var created = at >= now
            ? SeedCalendar.Max(pairing.StartedAt!.Value, now.AddDays(-random.Int(1, 20)).AddMinutes(random.Int(8 * 60, 18 * 60)))
            : SeedCalendar.Max(pairing.StartedAt!.Value, at.AddDays(-random.Int(1, 10)).AddMinutes(-random.Int(0, 300)));
        DateTime? occurred = null;
        string? reason = null;
        var updated = created;
        switch (status)
        {
            case SessionStatus.Completed:
                occurred = SeedCalendar.Min(at.AddMinutes(random.Int(-5, 10)), writtenBy.AddMinutes(-duration - 1));
                updated = SeedCalendar.Max(created, SeedCalendar.Min(occurred.Value.AddMinutes(duration + random.Int(5, 300)), writtenBy));
                if (random.Chance(0.2))
                {
                    // Recorded afterwards (scheduleSession accepts past times): created and completed in one go.
                    created = updated;
                }

                break;
            case SessionStatus.Cancelled:
                reason = random.Pick(PairingReasons.SessionCancelled);
                updated = SeedCalendar.Max(created, at.AddHours(-random.Int(1, 48)));
                break;
            case SessionStatus.Missed:
                reason = random.Chance(0.7) ? random.Pick(PairingReasons.SessionMissed) : null;
                updated = SeedCalendar.Max(created, SeedCalendar.Min(at.AddHours(random.Int(1, 30)), writtenBy));
                break;
        }

        var session = new SessionRow(
            ids.NextSession(), pairing.Id, at, occurred, duration, format, status, reason,
            status == SessionStatus.Scheduled ? 1 : 2, created, updated);
        chunk.Sessions.Add(session);
        Counts.SessionsByStatus[status]++;
        if (status != SessionStatus.Completed)
        {
            return;
        }

        pairing.SessionCount++;
        var topic = draft.Topic ?? PickTopic(pairing, at);
        var direction = PickDirection(pairing, topic);
        var ended = occurred!.Value.AddMinutes(duration);
        WriteNotes(draft, session, topic, direction, format, ended, writtenBy, chunk);
        WriteFeedback(session, pairing, ended, writtenBy, chunk);
        WriteLessons(session, pairing, topic, direction, ended, writtenBy, chunk);
    }

    private void WriteNotes(Draft draft, SessionRow session, string topic, NoteDirection direction, SessionFormat format, DateTime ended, DateTime writtenBy, SeedChunk chunk)
    {
        var pairing = draft.Pairing;
        var count = draft.Topic is not null ? draft.Notes : random.PickIndex([0.12, 0.46, 0.42]);
        var authors = count == 2
            ? (random.Chance(0.5) ? new[] { pairing.Junior, pairing.Senior } : [pairing.Senior, pairing.Junior])
            : count == 1 ? [random.Chance(0.55) ? pairing.Junior : pairing.Senior] : [];
        var label = new NoteLabel(topic, direction);
        foreach (var author in authors)
        {
            var isSenior = author.Id == pairing.Senior.Id;
            var text = notes.Write(new NoteRequest(topic, direction, author, isSenior, pairing.Other(author), format, pairing.Cadence, session.OccurredAt!.Value, pairing.SessionCount));
            var created = After(ended, writtenBy);
            chunk.Notes.Add(new NoteRow(ids.NextNote(), session.Id, author.Id, text, random.Chance(0.14) ? NoteVisibility.Private : NoteVisibility.Pair, created, label));
            Counts.Notes++;
            Counts.NotesByTopic[topic]++;
            Counts.NotesByDirection[direction]++;
            var week = calendar.WeekIndex(created);
            if (week is >= 0 and < SeedCalendar.YearWeeks)
            {
                Counts.WeeklyNotes[topic][week]++;
            }
        }
    }

    private void WriteFeedback(SessionRow session, SeedPairing pairing, DateTime ended, DateTime writtenBy, SeedChunk chunk)
    {
        foreach (var (author, chance) in new[] { (pairing.Junior, 0.6), (pairing.Senior, 0.48) })
        {
            if (random.Chance(chance))
            {
                var (rating, comment) = FeedbackWriter.Write(random);
                chunk.Feedback.Add(new FeedbackRow(ids.NextFeedback(), session.Id, author.Id, rating, comment, After(ended, writtenBy)));
                Counts.Feedback++;
            }
        }
    }

    private void WriteLessons(SessionRow session, SeedPairing pairing, string topic, NoteDirection direction, DateTime ended, DateTime writtenBy, SeedChunk chunk)
    {
        if (!random.Chance(0.2))
        {
            return;
        }

        var teacher = direction switch
        {
            NoteDirection.Upward => pairing.Junior,
            NoteDirection.Downward => pairing.Senior,
            // In a two-way session the senior's lesson is more often the one written down.
            _ => random.Chance(0.4) ? pairing.Junior : pairing.Senior,
        };
        AddLesson(pairing, session.Id, teacher, topic, After(ended, writtenBy), chunk);
        if (direction == NoteDirection.Mutual && random.Chance(0.5))
        {
            AddLesson(pairing, session.Id, pairing.Other(teacher), topic, After(ended, writtenBy), chunk);
        }
    }

    /// <summary>Now and then a pairing records a lesson learned outside a session (a message, a corridor chat).</summary>
    private void LessonsOutsideSessions(DateTime week, SeedChunk chunk)
    {
        if (week.AddDays(7) > calendar.Now)
        {
            return;
        }

        foreach (var pairing in pairings)
        {
            if (random.Chance(0.012) && pairing.MeetsDuring(week))
            {
                var topic = PickTopic(pairing, week);
                var direction = PickDirection(pairing, topic);
                var teacher = direction == NoteDirection.Upward || (direction == NoteDirection.Mutual && random.Chance(0.4)) ? pairing.Junior : pairing.Senior;
                AddLesson(pairing, null, teacher, topic, SeedCalendar.AtWorkTime(random, week.AddDays(random.Int(0, 4))), chunk);
            }
        }
    }

    private void AddLesson(SeedPairing pairing, long? sessionId, SeedPerson teacher, string topic, DateTime created, SeedChunk chunk)
    {
        var visibility = random.Pick<LessonVisibility>([(LessonVisibility.Pair, 0.69), (LessonVisibility.Program, 0.26), (LessonVisibility.Company, 0.05)]);
        var (title, detail) = LessonWriter.Write(random, topic, teacher, visibility);
        var direction = teacher.Id == pairing.Junior.Id ? LearningDirection.Upward : LearningDirection.Downward;
        chunk.Lessons.Add(new LessonRow(
            ids.NextLesson(), pairing.Id, sessionId, teacher.Id, pairing.Other(teacher).Id, title, detail,
            random.Chance(0.9) ? topic : null, direction, visibility, created));
        Counts.Lessons++;
        Counts.LessonsByDirection[direction]++;
        if (visibility == LessonVisibility.Company)
        {
            Counts.CompanyLessons++;
        }
    }

    /// <summary>
    /// The topic of a regular session: the topic's overall weight, tripled for the pair's own agenda; a rising
    /// topic is quieter earlier in the year, climbs in the 8 weeks before the last 4, and in those last 4 comes only
    /// from the extra sessions.
    /// </summary>
    private string PickTopic(SeedPairing pairing, DateTime at)
    {
        var weights = new double[SeedTopics.All.Count];
        var capped = calendar.IsRisingWeek(SeedMath.WeekStart(at));
        var week = calendar.WeekIndex(at);
        for (var i = 0; i < weights.Length; i++)
        {
            var topic = SeedTopics.All[i];
            weights[i] = TopicProfiles.All[i].Weight * (pairing.Agenda.Contains(topic) ? 3 : 1) * TimeFactor(topic, at);
            if (capped && weights[i] > 0 && Counts.WeeklyNotes[topic][week] + 2 > FlatCap(topic))
            {
                weights[i] = 0;
            }
        }

        return weights.Any(w => w > 0) ? SeedTopics.All[random.PickIndex(weights)] : SeedTopics.All.Where(t => !rising.Contains(t)).MinBy(t => Counts.WeeklyNotes[t][week])!;
    }

    /// <summary>
    /// The most notes a topic that is not rising may have in one of the last 4 weeks: fewer than 20, or fewer than 3
    /// times its average over the 48 weeks before (a floor of its final 52-week average). So no week of the last 4
    /// looks like a rise by chance — at the default size a busy week of one topic could otherwise reach 20 notes.
    /// </summary>
    private int FlatCap(string topic)
    {
        if (!flatCaps.TryGetValue(topic, out var cap))
        {
            var before = Counts.WeeklyNotes[topic].Take(SeedCalendar.YearWeeks - SeedCalendar.RisingWeeks).Sum();
            cap = Math.Max(RisingTopics.MinimumPerWeek - 1, (int)Math.Ceiling(RisingTopics.Factor * before / SeedCalendar.YearWeeks) - 1);
            flatCaps[topic] = cap;
        }

        return cap;
    }

    private double TimeFactor(string topic, DateTime at)
    {
        if (!rising.Contains(topic))
        {
            return 1;
        }

        var week = SeedMath.WeekStart(at);
        if (calendar.IsRisingWeek(week))
        {
            return 0;
        }

        var rampStart = calendar.RisingStart.AddDays(-7 * 8);
        if (week < rampStart)
        {
            return 0.55;
        }

        return 0.55 + (0.55 * Math.Min(1, (week - rampStart).TotalDays / (7 * 8)));
    }

    /// <summary>Which way the learning went: the topic's usual direction, leaning to whoever can teach it.</summary>
    private NoteDirection PickDirection(SeedPairing pairing, string topic)
    {
        var profile = TopicProfiles.Of(topic);
        return random.Pick<NoteDirection>(
        [
            (NoteDirection.Upward, profile.Upward * (pairing.Junior.CanTeach.Contains(topic) ? 1.8 : 1)),
            (NoteDirection.Downward, profile.Downward * (pairing.Senior.CanTeach.Contains(topic) ? 1.8 : 1)),
            (NoteDirection.Mutual, profile.Mutual),
        ]);
    }

    private int Duration(SessionFormat format) => format switch
    {
        SessionFormat.Coffee => random.Pick([30, 30, 45]),
        SessionFormat.Lunch => random.Pick([45, 60, 60, 75]),
        SessionFormat.Video => random.Pick([30, 45, 60]),
        SessionFormat.Walk => random.Pick([30, 40, 45]),
        SessionFormat.Office => random.Pick([45, 60, 60, 90]),
        _ => random.Pick([20, 30, 45]),
    };

    /// <summary>A time after <paramref name="start"/> — within two hours, the next day or a few days later — and never after <paramref name="latest"/>.</summary>
    private DateTime After(DateTime start, DateTime latest)
    {
        var delay = random.PickIndex([0.45, 0.4, 0.15]) switch
        {
            0 => random.Int(5, 120),
            1 => random.Int(120, 30 * 60),
            _ => random.Int(30 * 60, 4 * 24 * 60),
        };
        var time = start.AddMinutes(delay);
        return time <= latest ? time : SeedCalendar.Max(start.AddMinutes(1), latest);
    }
}
