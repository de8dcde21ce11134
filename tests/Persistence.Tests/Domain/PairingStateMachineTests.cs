using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Tests.Domain;

/// <summary>The pairing state machine in code: each action is exactly the edge the issue gives it.</summary>
public sealed class PairingStateMachineTests
{
    public static TheoryData<PairingAction, string> ActionEdges { get; } = new()
    {
        { PairingAction.Accept, "PROPOSED->ACTIVE" },
        { PairingAction.Decline, "PROPOSED->DECLINED" },
        { PairingAction.Pause, "ACTIVE->PAUSED" },
        { PairingAction.Resume, "PAUSED->ACTIVE" },
        { PairingAction.Complete, "ACTIVE->COMPLETED PAUSED->COMPLETED" },
        { PairingAction.Cancel, "ACTIVE->CANCELLED PAUSED->CANCELLED" },
        { PairingAction.Expire, "PROPOSED->EXPIRED" },
        { PairingAction.CancelForLeaver, "ACTIVE->CANCELLED PAUSED->CANCELLED PROPOSED->CANCELLED" },
    };

    [Theory]
    [MemberData(nameof(ActionEdges))]
    public void Action_TakesExactlyItsEdges_AndIsRefusedFromEveryOtherStatus(PairingAction action, string edges)
    {
        Assert.Equal(edges, string.Join(' ', PairingStateMachine.EdgesOf(action).Select(Text).Order()));
        foreach (var from in Enum.GetValues<PairingStatus>())
        {
            var allowed = PairingStateMachine.SourcesOf(action).Contains(from);
            var violation = PairingStateMachine.Check(from, action);
            Assert.Equal(allowed, violation is null);
            if (violation is not null)
            {
                Assert.Equal(
                    (RuleViolationKind.InvalidTransition, DatabaseRuleViolations.PairingTransitionRefused, EnumText<PairingStatus>.ToText(from), EnumText<PairingStatus>.ToText(PairingStateMachine.TargetOf(action))),
                    (violation.Kind, violation.Rule, violation.From, violation.To));
            }
        }
    }

    [Fact]
    public void Edges_AreTheUnionOfTheActionsEdges_AndNothingLeavesAClosedStatus()
    {
        Assert.Equal(
            Enum.GetValues<PairingAction>().SelectMany(PairingStateMachine.EdgesOf).Distinct().Select(Text).Order(),
            PairingStateMachine.Edges.Select(Text).Order());
        Assert.Equal(10, PairingStateMachine.Edges.Count);
        Assert.DoesNotContain(PairingStateMachine.Edges, e => PairingStateMachine.IsClosed(e.From));
        Assert.Equal([PairingStatus.Proposed, PairingStatus.Active, PairingStatus.Paused], Enum.GetValues<PairingStatus>().Where(PairingStateMachine.IsOpen));
    }

    [Fact]
    public void Apply_Accept_SetsStatusStartedAtAndAppendsHistory()
    {
        var at = new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var pairing = new Pairing();
        PairingTransitions.Propose(pairing, 7, at, TimeSpan.FromDays(14));

        Assert.Null(PairingTransitions.Apply(pairing, PairingAction.Accept, 8, "Yes", at.AddDays(1)));

        Assert.Equal((PairingStatus.Active, (DateTimeOffset?)at.AddDays(1), (DateTimeOffset?)null, at.AddDays(14)), (pairing.Status, pairing.StartedAt, pairing.EndedAt, pairing.RespondBy));
        Assert.Equal(
            [(null, PairingStatus.Proposed, 7L, (string?)null), (PairingStatus.Proposed, PairingStatus.Active, 8L, "Yes")],
            pairing.StatusHistory.Select(c => (c.From, c.To, c.ByPersonId!.Value, c.Reason)));
    }

    [Fact]
    public void Apply_ResumeAfterPause_KeepsTheFirstStartedAt()
    {
        var at = new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var pairing = new Pairing { Status = PairingStatus.Active, StartedAt = at };

        Assert.Null(PairingTransitions.Apply(pairing, PairingAction.Pause, null, null, at.AddDays(10)));
        Assert.Null(PairingTransitions.Apply(pairing, PairingAction.Resume, null, null, at.AddDays(20)));

        Assert.Equal((PairingStatus.Active, (DateTimeOffset?)at), (pairing.Status, pairing.StartedAt));
    }

    [Fact]
    public void Apply_Complete_SetsEndedAt()
    {
        var at = new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var pairing = new Pairing { Status = PairingStatus.Paused, StartedAt = at };

        Assert.Null(PairingTransitions.Apply(pairing, PairingAction.Complete, null, null, at.AddDays(90)));

        Assert.Equal((PairingStatus.Completed, (DateTimeOffset?)at.AddDays(90)), (pairing.Status, pairing.EndedAt));
    }

    [Fact]
    public void Apply_RefusedEdge_ChangesNothing()
    {
        var pairing = new Pairing { Status = PairingStatus.Completed, EndedAt = DateTimeOffset.UnixEpoch, Version = 3 };

        var violation = PairingTransitions.Apply(pairing, PairingAction.Resume, 1, "again", DateTimeOffset.UtcNow);

        Assert.Equal(("COMPLETED", "ACTIVE"), (violation!.From, violation.To));
        Assert.Equal((PairingStatus.Completed, DateTimeOffset.UnixEpoch, 3), (pairing.Status, pairing.EndedAt!.Value, pairing.Version));
        Assert.Empty(pairing.StatusHistory);
    }

    private static string Text((PairingStatus From, PairingStatus To) edge) =>
        $"{EnumText<PairingStatus>.ToText(edge.From)}->{EnumText<PairingStatus>.ToText(edge.To)}";
}
