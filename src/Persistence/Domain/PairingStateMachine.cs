using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>
/// The pairing status machine — the SQL function <c>pairing_status_edge_allowed</c> in code (a test drives
/// every (from, to) pair through both):
/// <c>PROPOSED → ACTIVE | DECLINED | EXPIRED | CANCELLED</c>, <c>ACTIVE → PAUSED | COMPLETED | CANCELLED</c>,
/// <c>PAUSED → ACTIVE | COMPLETED | CANCELLED</c>. The edges are exactly those of the
/// <see cref="PairingAction"/>s, so an action is allowed when its edge from the current status exists.
/// </summary>
public static class PairingStateMachine
{
    private static readonly Dictionary<PairingAction, (PairingStatus[] From, PairingStatus To)> Actions = new()
    {
        [PairingAction.Accept] = ([PairingStatus.Proposed], PairingStatus.Active),
        [PairingAction.Decline] = ([PairingStatus.Proposed], PairingStatus.Declined),
        [PairingAction.Pause] = ([PairingStatus.Active], PairingStatus.Paused),
        [PairingAction.Resume] = ([PairingStatus.Paused], PairingStatus.Active),
        [PairingAction.Complete] = ([PairingStatus.Active, PairingStatus.Paused], PairingStatus.Completed),
        [PairingAction.Cancel] = ([PairingStatus.Active, PairingStatus.Paused], PairingStatus.Cancelled),
        [PairingAction.Expire] = ([PairingStatus.Proposed], PairingStatus.Expired),
        [PairingAction.CancelForLeaver] = ([PairingStatus.Proposed, PairingStatus.Active, PairingStatus.Paused], PairingStatus.Cancelled),
    };

    /// <summary>Every allowed (from, to) edge: the union of the actions' edges.</summary>
    public static IReadOnlySet<(PairingStatus From, PairingStatus To)> Edges { get; } =
        Actions.Values.SelectMany(a => a.From.Select(from => (from, a.To))).ToHashSet();

    /// <summary>PROPOSED, ACTIVE and PAUSED: at most one such pairing per two people per program.</summary>
    public static IReadOnlySet<PairingStatus> OpenStatuses { get; } =
        new HashSet<PairingStatus> { PairingStatus.Proposed, PairingStatus.Active, PairingStatus.Paused };

    public static bool IsEdge(PairingStatus from, PairingStatus to) => Edges.Contains((from, to));

    public static bool IsOpen(PairingStatus status) => OpenStatuses.Contains(status);

    /// <summary>COMPLETED, CANCELLED, DECLINED, EXPIRED: no edge leaves them.</summary>
    public static bool IsClosed(PairingStatus status) => !IsOpen(status);

    /// <summary>The status <paramref name="action"/> leads to.</summary>
    public static PairingStatus TargetOf(PairingAction action) => Actions[action].To;

    /// <summary>The statuses <paramref name="action"/> may start from.</summary>
    public static IReadOnlyList<PairingStatus> SourcesOf(PairingAction action) => Actions[action].From;

    /// <summary>The edges <paramref name="action"/> takes.</summary>
    public static IEnumerable<(PairingStatus From, PairingStatus To)> EdgesOf(PairingAction action) =>
        Actions[action].From.Select(from => (from, Actions[action].To));

    /// <summary>Null when <paramref name="action"/> may be taken from <paramref name="from"/>; else the MG001 violation.</summary>
    public static RuleViolation? Check(PairingStatus from, PairingAction action)
    {
        var to = TargetOf(action);
        return SourcesOf(action).Contains(from)
            ? null
            : new RuleViolation(
                RuleViolationKind.InvalidTransition,
                DatabaseRuleViolations.PairingTransitionRefused,
                $"A pairing cannot go from {EnumText<PairingStatus>.ToText(from)} to {EnumText<PairingStatus>.ToText(to)}.")
            {
                Field = "status",
                From = EnumText<PairingStatus>.ToText(from),
                To = EnumText<PairingStatus>.ToText(to),
            };
    }
}
