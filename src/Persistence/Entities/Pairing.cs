namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A senior and a junior in a program (table <c>pairings</c>). The senior's band is higher (MG002); at
/// most one open pairing per two people per program (<c>pairings_one_open_per_pair</c>); the status moves
/// only along <see cref="Domain.PairingStateMachine"/>'s edges (MG001) — change it with
/// <see cref="Domain.PairingTransitions"/>, which also sets the dates and appends the history.
/// </summary>
public sealed class Pairing : IVersioned
{
    public long Id { get; set; }

    public long ProgramId { get; set; }

    public MentoringProgram Program { get; set; } = null!;

    public long SeniorId { get; set; }

    public Person Senior { get; set; } = null!;

    public long JuniorId { get; set; }

    public Person Junior { get; set; } = null!;

    /// <summary>What the senior expects to gain.</summary>
    public string SeniorExpects { get; set; } = "";

    /// <summary>What the junior expects to gain.</summary>
    public string JuniorExpects { get; set; } = "";

    public Cadence Cadence { get; set; }

    public PairingStatus Status { get; set; } = PairingStatus.Proposed;

    /// <summary>Who proposed it; null for an integration without a person.</summary>
    public long? ProposedById { get; set; }

    public Person? ProposedBy { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    /// <summary>A PROPOSED pairing not answered by then expires (<see cref="Housekeeping.PairingHousekeeping.ExpireOverdueProposalsAsync"/>).</summary>
    public DateTimeOffset RespondBy { get; set; }

    /// <summary>When it first became ACTIVE.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When it closed (COMPLETED, CANCELLED, DECLINED or EXPIRED).</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>
    /// ACTIVE and quiet for too long (<see cref="Domain.AtRiskRule"/>): set and cleared by
    /// <see cref="Housekeeping.PairingHousekeeping.MarkAtRiskAsync"/>, cleared by any transition. Not a client's edit, so
    /// the job's changes leave <see cref="Version"/> as it is.
    /// </summary>
    public bool AtRisk { get; set; }

    public int Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<PairingStatusChange> StatusHistory { get; set; } = [];

    public List<Session> Sessions { get; set; } = [];

    public List<Lesson> Lessons { get; set; } = [];
}
