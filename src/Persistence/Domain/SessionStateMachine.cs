using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>
/// The session status machine — the SQL function <c>session_status_edge_allowed</c> in code:
/// <c>SCHEDULED → COMPLETED | CANCELLED | MISSED</c>, and nothing leaves the last three.
/// </summary>
public static class SessionStateMachine
{
    private static readonly Dictionary<SessionAction, SessionStatus> Targets = new()
    {
        [SessionAction.Complete] = SessionStatus.Completed,
        [SessionAction.Cancel] = SessionStatus.Cancelled,
        [SessionAction.MarkMissed] = SessionStatus.Missed,
    };

    /// <summary>Every allowed (from, to) edge.</summary>
    public static IReadOnlySet<(SessionStatus From, SessionStatus To)> Edges { get; } =
        Targets.Values.Select(to => (SessionStatus.Scheduled, to)).ToHashSet();

    public static bool IsEdge(SessionStatus from, SessionStatus to) => Edges.Contains((from, to));

    public static SessionStatus TargetOf(SessionAction action) => Targets[action];

    /// <summary>Null when <paramref name="action"/> may be taken from <paramref name="from"/>; else the MG004 violation.</summary>
    public static RuleViolation? Check(SessionStatus from, SessionAction action)
    {
        var to = TargetOf(action);
        return IsEdge(from, to)
            ? null
            : new RuleViolation(
                RuleViolationKind.InvalidTransition,
                DatabaseRuleViolations.SessionTransitionRefused,
                $"A session cannot go from {EnumText<SessionStatus>.ToText(from)} to {EnumText<SessionStatus>.ToText(to)}.")
            {
                Field = "status",
                From = EnumText<SessionStatus>.ToText(from),
                To = EnumText<SessionStatus>.ToText(to),
            };
    }
}
