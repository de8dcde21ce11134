using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Tests.Domain;

/// <summary>Band order, the session machine, lesson direction and enum texts, without a database.</summary>
public sealed class RulesInCodeTests
{
    [Fact]
    public void BandOrder_RanksExecutiveSeniorMidJunior()
    {
        Assert.Equal([4, 3, 2, 1], new[] { Band.Executive, Band.Senior, Band.Mid, Band.Junior }.Select(BandOrder.Rank));
        Assert.True(BandOrder.IsHigher(Band.Mid, Band.Junior));
        Assert.False(BandOrder.IsHigher(Band.Mid, Band.Mid));
        Assert.Null(BandOrder.CheckSeniorAboveJunior(Band.Executive, Band.Senior));
        Assert.Equal(("seniorId", DatabaseRuleViolations.BandOrder), (BandOrder.CheckSeniorAboveJunior(Band.Junior, Band.Mid)!.Field, BandOrder.CheckSeniorAboveJunior(Band.Junior, Band.Mid)!.Rule));
    }

    [Fact]
    public void SessionStateMachine_OnlyScheduledMovesToCompletedCancelledOrMissed()
    {
        Assert.Equal(
            ["SCHEDULED->CANCELLED", "SCHEDULED->COMPLETED", "SCHEDULED->MISSED"],
            SessionStateMachine.Edges.Select(e => $"{EnumText<SessionStatus>.ToText(e.From)}->{EnumText<SessionStatus>.ToText(e.To)}").Order());
        Assert.Equal(SessionStatus.Missed, SessionStateMachine.TargetOf(SessionAction.MarkMissed));
        Assert.Equal(("COMPLETED", "CANCELLED"), (SessionStateMachine.Check(SessionStatus.Completed, SessionAction.Cancel)!.From, SessionStateMachine.Check(SessionStatus.Completed, SessionAction.Cancel)!.To));
    }

    [Fact]
    public void LessonDirection_JuniorTeachingIsUpward_SeniorTeachingIsDownward()
    {
        var pairing = new Pairing { Id = 1, SeniorId = 10, JuniorId = 20 };

        Assert.Equal(LearningDirection.Upward, LessonRules.DirectionOf(pairing, 20));
        Assert.Equal(LearningDirection.Downward, LessonRules.DirectionOf(pairing, 10));
        Assert.Throws<ArgumentException>(() => LessonRules.DirectionOf(pairing, 30));
    }

    [Fact]
    public void EnumText_IsTheUpperSnakeName_AndParsesBack()
    {
        Assert.Equal(["EXECUTIVE", "SENIOR", "MID", "JUNIOR"], EnumText<Band>.All);
        Assert.Equal(["PROPOSED", "ACTIVE", "PAUSED", "COMPLETED", "CANCELLED", "DECLINED", "EXPIRED"], EnumText<PairingStatus>.All);
        Assert.Equal("BIWEEKLY", EnumText<Cadence>.ToText(Cadence.Biweekly));
        Assert.Equal(SessionAction.MarkMissed, EnumText<SessionAction>.Parse("MARK_MISSED"));
        Assert.False(EnumText<Band>.TryParse("executive", out _));
        Assert.Throws<FormatException>(() => EnumText<Band>.Parse("CEO"));
    }

    [Theory]
    [InlineData("senior_id", "seniorId")]
    [InlineData("occurred_at", "occurredAt")]
    [InlineData("email", "email")]
    [InlineData("by_person_id", "byPersonId")]
    [InlineData(null, null)]
    public void FieldOf_ColumnName_IsTheCamelCaseInputField(string? column, string? field)
    {
        Assert.Equal(field, DatabaseErrors.FieldOf(column));
    }

    [Fact]
    public void Translate_AnExceptionThatIsNoRuleViolation_IsNull()
    {
        Assert.Null(DatabaseErrors.Translate(new InvalidOperationException("bug")));
    }
}
