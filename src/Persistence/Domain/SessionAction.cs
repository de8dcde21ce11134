namespace MentorGraph.Persistence.Domain;

/// <summary>What can happen to a scheduled session: the mutations completeSession, cancelSession, markSessionMissed.</summary>
public enum SessionAction
{
    /// <summary>SCHEDULED → COMPLETED.</summary>
    Complete,

    /// <summary>SCHEDULED → CANCELLED.</summary>
    Cancel,

    /// <summary>SCHEDULED → MISSED.</summary>
    MarkMissed,
}
