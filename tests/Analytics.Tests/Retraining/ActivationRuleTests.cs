using MentorGraph.Analytics.Retraining;

namespace MentorGraph.Analytics.Tests.Retraining;

public class ActivationRuleTests
{
    private static readonly ModelScores Base = new(0.80, 0.70, 100);

    private static ScoreCard Card(ModelScores development, ModelScores? heldOut = null) => new(development, heldOut);

    [Fact]
    public void Decide_FewLabels_BetterOnTheDevelopmentSet_Activates()
    {
        var decision = ActivationRule.Decide(Card(Base), Card(Base with { TopicMacroF1 = 0.81 }), personLabels: 10);
        Assert.True(decision.Activate);
        Assert.Contains("development set only (10 person labels", decision.Reason);
    }

    [Fact]
    public void Decide_FewLabels_HeldOutScoresAreIgnored()
    {
        var active = Card(Base, new ModelScores(0.9, 0.9, 3));
        var challenger = Card(Base with { DirectionAccuracy = 0.71 }, new ModelScores(0.1, 0.1, 3));
        Assert.True(ActivationRule.Decide(active, challenger, personLabels: ActivationRule.MinPersonLabels - 1).Activate);
    }

    [Fact]
    public void Decide_LowerTopicMacroF1OnTheDevelopmentSet_Rejects()
    {
        var decision = ActivationRule.Decide(Card(Base), Card(Base with { TopicMacroF1 = 0.79, DirectionAccuracy = 0.9 }), personLabels: 0);
        Assert.False(decision.Activate);
        Assert.Contains("lower topic macro-F1 on the development set (0.79 < 0.8)", decision.Reason);
    }

    [Fact]
    public void Decide_LowerDirectionAccuracyOnTheDevelopmentSet_Rejects()
    {
        var decision = ActivationRule.Decide(Card(Base), Card(Base with { TopicMacroF1 = 0.9, DirectionAccuracy = 0.69 }), personLabels: 0);
        Assert.False(decision.Activate);
        Assert.Contains("lower direction accuracy on the development set", decision.Reason);
    }

    [Fact]
    public void Decide_Tie_KeepsTheActiveModel()
    {
        var decision = ActivationRule.Decide(Card(Base, Base), Card(Base, Base), personLabels: 80);
        Assert.False(decision.Activate);
        Assert.StartsWith("Rejected: a tie", decision.Reason);
    }

    [Fact]
    public void Decide_EqualOnOneMeasureAndBetterOnAnother_Activates()
    {
        var decision = ActivationRule.Decide(Card(Base, Base), Card(Base, Base with { DirectionAccuracy = 0.75 }), personLabels: 80);
        Assert.True(decision.Activate);
        Assert.Contains("development set and 100 held-out person labels", decision.Reason);
    }

    [Fact]
    public void Decide_EnoughLabels_BetterOnBothSets_Activates()
    {
        var better = new ModelScores(0.85, 0.75, 100);
        Assert.True(ActivationRule.Decide(Card(Base, Base), Card(better, better), personLabels: ActivationRule.MinPersonLabels).Activate);
    }

    [Fact]
    public void Decide_EnoughLabels_BetterOnTheDevelopmentSetButWorseOnTheHeldOutLabels_Rejects()
    {
        var decision = ActivationRule.Decide(
            Card(Base, Base),
            Card(new ModelScores(0.9, 0.9, 100), Base with { DirectionAccuracy = 0.6 }),
            personLabels: 60);
        Assert.False(decision.Activate);
        Assert.Contains("lower direction accuracy on the held-out person labels (0.6 < 0.7)", decision.Reason);
        Assert.DoesNotContain("development set (", decision.Reason);
    }

    [Fact]
    public void Decide_EnoughLabels_WorseOnBothSets_NamesEveryLowerScore()
    {
        var worse = new ModelScores(0.5, 0.5, 100);
        var decision = ActivationRule.Decide(Card(Base, Base), Card(worse, worse), personLabels: 60);
        Assert.False(decision.Activate);
        Assert.Equal(4, decision.Reason.Split("lower ").Length - 1);
    }

    [Fact]
    public void Decide_EnoughLabelsButNoneHeldOut_JudgesOnTheDevelopmentSetOnly()
    {
        var decision = ActivationRule.Decide(Card(Base), Card(Base with { TopicMacroF1 = 0.9 }), personLabels: 60);
        Assert.True(decision.Activate);
        Assert.Contains("no held-out person labels among 60", decision.Reason);
    }
}
