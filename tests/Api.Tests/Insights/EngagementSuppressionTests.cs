using MentorGraph.Api.Schema.Insights;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Tests.Insights;

/// <summary><c>engagement</c>'s privacy rule (<see cref="Engagement.Suppressed"/>) on made-up people, k = 5.</summary>
public sealed class EngagementSuppressionTests
{
    private const int K = 5;

    /// <summary>Program 1: person 1 of department 10 paired with six people of department 20; program 2: ten people of department 30.</summary>
    private static readonly (long Program, long Person, long Department)[] People =
    [
        (1, 1, 10),
        .. Enumerable.Range(2, 6).Select(id => (1L, (long)id, 20L)),
        .. Enumerable.Range(100, 10).Select(id => (2L, (long)id, 30L)),
    ];

    /// <summary>The grid <see cref="EngagementQuery.ReadPeopleGridAsync"/> reads for the filter, made from <see cref="People"/>.</summary>
    private static bool Suppressed(EngagementFilter filter) => Suppressed(People, filter);

    private static bool Suppressed(IEnumerable<(long Program, long Person, long Department)> people, EngagementFilter filter)
    {
        var grid = people
            .GroupBy(p => (Program: filter.ProgramId is null ? (long?)null : p.Program, Department: filter.DepartmentId is null ? (long?)null : p.Department))
            .Select(g =>
            {
                var ids = g.Select(p => p.Person).Distinct().ToList();
                return new EngagementCell(g.Key.Program, g.Key.Department, ids.Count, ids.Count < K ? ids : null);
            })
            .ToList();
        return Engagement.Suppressed(grid, filter, K);
    }

    [Fact]
    public void ADepartmentOfOne_IsSuppressed_HoweverManyPartnersFromOtherDepartments()
    {
        Assert.True(Suppressed(new EngagementFilter(DepartmentId: 10)));
    }

    [Fact]
    public void AProgram_CountsEveryoneInItsPairings()
    {
        Assert.False(Suppressed(new EngagementFilter(ProgramId: 1)));
    }

    [Fact]
    public void TheComplementOfASmallDepartment_IsSuppressedToo()
    {
        // Departments 10 (1 person), 20 (6), 30 (10): 20 is the smallest visible, hidden with 10.
        Assert.True(Suppressed(new EngagementFilter(DepartmentId: 20)));
        Assert.False(Suppressed(new EngagementFilter(DepartmentId: 30)));
    }

    [Fact]
    public void ProgramAndDepartment_IsTheSliceOfTheGridOfBoth()
    {
        // Program 1 × department 20 (six people) is not small, but program 1 is made of it and the hidden 1 × 10 only, and
        // department 20 is hidden as a complement: showing it would give both back.
        Assert.True(Suppressed(new EngagementFilter(ProgramId: 1, DepartmentId: 20)));
        Assert.False(Suppressed(new EngagementFilter(ProgramId: 2, DepartmentId: 30)));
    }

    [Fact]
    public void NobodyInScope_IsSuppressed()
    {
        Assert.True(Suppressed(new EngagementFilter(DepartmentId: 99)));
        Assert.True(Suppressed([], new EngagementFilter()));
    }

    [Fact]
    public void NoFilter_TheCompanyIsShownWhenItHasKPeople()
    {
        Assert.False(Suppressed(new EngagementFilter()));
    }
}
