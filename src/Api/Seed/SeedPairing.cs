using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>
/// A pairing of the generated organisation: its row of <c>pairings</c>, its status history, and the plan of
/// its meetings (when sessions may happen, how often, where, about what).
/// </summary>
public sealed class SeedPairing
{
    public long Id { get; init; }

    public required ProgramRow Program { get; init; }

    public required SeedPerson Senior { get; init; }

    public required SeedPerson Junior { get; init; }

    public string SeniorExpects { get; set; } = "";

    public string JuniorExpects { get; set; } = "";

    public Cadence Cadence { get; init; }

    public PairingStatus Status { get; set; }

    public long? ProposedById { get; set; }

    public DateTime ProposedAt { get; set; }

    public DateTime RespondBy { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>From null to the current status, oldest first; the version is its length (1 + the changes).</summary>
    public List<StatusChangeRow> History { get; } = [];

    public int Version => History.Count;

    public DateTime UpdatedAt => History[^1].At;

    /// <summary>Periods without sessions (paused), oldest first; a PAUSED pairing's last one has no end.</summary>
    public List<(DateTime From, DateTime To)> Pauses { get; } = [];

    /// <summary>Sessions happen from here ...</summary>
    public DateTime SessionsFrom { get; set; }

    /// <summary>... to here (the end, the pause that lasts, or the scheduling horizon of an active pairing).</summary>
    public DateTime SessionsUntil { get; set; }

    public bool HasSessions => StartedAt is not null;

    /// <summary>3 or 4 topics the two came to talk about (weighted up in their sessions).</summary>
    public required IReadOnlyList<string> Agenda { get; init; }

    public SessionFormat Format { get; init; }

    /// <summary>The quarter hour of the day they usually meet, from 08:00 UTC.</summary>
    public int UsualQuarter { get; init; }

    /// <summary>The calendar's state: the next planned meeting.</summary>
    public DateTime NextSlot { get; set; }

    /// <summary>How many sessions the pairing has had so far (the notes mention it now and then).</summary>
    public int SessionCount { get; set; }

    public bool IsPausedAt(DateTime time, out DateTime resumes)
    {
        foreach (var (from, to) in Pauses)
        {
            if (time >= from && time < to)
            {
                resumes = to;
                return true;
            }
        }

        resumes = default;
        return false;
    }

    /// <summary>Whether the two could meet in the week from <paramref name="weekStart"/>: started before it, not paused, not ended within it.</summary>
    public bool MeetsDuring(DateTime weekStart)
    {
        var weekEnd = weekStart.AddDays(7);
        return HasSessions && SessionsFrom <= weekStart && SessionsUntil >= weekEnd
            && !Pauses.Any(p => p.From < weekEnd && p.To > weekStart);
    }

    public SeedPerson Other(SeedPerson person) => person.Id == Senior.Id ? Junior : Senior;
}
