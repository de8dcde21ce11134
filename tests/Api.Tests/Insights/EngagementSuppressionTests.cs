using MentorGraph.Api.Schema.Insights;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Tests.Insights;

/// <summary><c>engagement</c>'s privacy rule (<see cref="Engagement.Suppressed"/>) on made-up people, k = 5.</summary>
public sealed class EngagementSuppressionTests
{
    private const int K = 5;

    /// <summary>Program 1: person 1 of department 10 paired with six people of department 20; program 2: ten people of department 30.</summary>
    private static readonly EngagementPerson[] People =
    [
        new(1, 1, 10),
        .. Enumerable.Range(2, 6).Select(id => new EngagementPerson(1, id, 20)),
        .. Enumerable.Range(100, 10).Select(id => new EngagementPerson(2, id, 30)),
    ];

    [Fact]
    public void ADepartmentOfOne_IsSuppressed_HoweverManyPartnersFromOtherDepartments()
    {
        Assert.True(Engagement.Suppressed(People, new EngagementFilter(DepartmentId: 10), K));
    }

    [Fact]
    public void AProgram_CountsEveryoneInItsPairings()
    {
        Assert.False(Engagement.Suppressed(People, new EngagementFilter(ProgramId: 1), K));
    }

    [Fact]
    public void TheComplementOfASmallDepartment_IsSuppressedToo()
    {
        // Departments 10 (1 person), 20 (6), 30 (10): 20 is the smallest visible, hidden with 10.
        Assert.True(Engagement.Suppressed(People, new EngagementFilter(DepartmentId: 20), K));
        Assert.False(Engagement.Suppressed(People, new EngagementFilter(DepartmentId: 30), K));
    }

    [Fact]
    public void ProgramAndDepartment_IsTheSliceOfTheGridOfBoth()
    {
        // Program 1 × department 20 (six people) is not small, but program 1 is made of it and the hidden 1 × 10 only, and
        // department 20 is hidden as a complement: showing it would give both back.
        Assert.True(Engagement.Suppressed(People, new EngagementFilter(ProgramId: 1, DepartmentId: 20), K));
        Assert.False(Engagement.Suppressed(People, new EngagementFilter(ProgramId: 2, DepartmentId: 30), K));
    }

    [Fact]
    public void NobodyInScope_IsSuppressed()
    {
        Assert.True(Engagement.Suppressed(People, new EngagementFilter(DepartmentId: 99), K));
        Assert.True(Engagement.Suppressed([], new EngagementFilter(), K));
    }

    [Fact]
    public void NoFilter_TheCompanyIsShownWhenItHasKPeople()
    {
        Assert.False(Engagement.Suppressed(People, new EngagementFilter(), K));
    }
}
