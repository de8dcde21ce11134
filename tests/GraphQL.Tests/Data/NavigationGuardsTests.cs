using MentorGraph.GraphQL.Data;

namespace MentorGraph.GraphQL.Tests.Data;

public class NavigationGuardsTests
{
    [Fact]
    public void For_ATypeWithoutAGuard_IsNull_AndANullGuardAddsNothing()
    {
        var guards = new NavigationGuards().Add<Department>(null);

        Assert.True(guards.IsEmpty);
        Assert.Null(guards.For(typeof(Department)));
    }

    [Fact]
    public void For_AGuardedType_IsItsGuard()
    {
        var guards = new NavigationGuards().Add<Department>(d => d.Id != 1);

        Assert.NotNull(guards.For(typeof(Department)));
        Assert.Null(guards.For(typeof(Person)));
    }

    [Fact]
    public void Add_TheSameTypeTwice_IsRefused()
    {
        var guards = new NavigationGuards().Add<Department>(d => d.Id != 1);

        Assert.Throws<ArgumentException>(() => guards.Add<Department>(d => d.Id != 2));
    }

    [Fact]
    public void None_IsShared_AndTakesNoGuards() =>
        Assert.Throws<InvalidOperationException>(() => NavigationGuards.None.Add<Department>(d => d.Id != 1));
}
