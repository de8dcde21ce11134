namespace MentorGraph.Persistence.Entities;

/// <summary>A session is SCHEDULED, then COMPLETED, CANCELLED or MISSED (<see cref="Domain.SessionStateMachine"/>).</summary>
public enum SessionStatus
{
    Scheduled,
    Completed,
    Cancelled,
    Missed,
}
