using System.Reflection;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Tests.Execution;

public class MemberAccessorsTests
{
    public enum Level
    {
        Junior,
        Senior,
    }

    public sealed class Person
    {
        public string Name { get; init; } = "Ayşe";

        public Level Level { get; init; } = Level.Senior;

        public bool Active { get; init; } = true;

        public string Broken => throw new InvalidOperationException("getter failed");

        public int Field = 7;
    }

    public struct Point
    {
        public int X { get; init; }
    }

    [Fact]
    public void Create_Property_ReadsItsValue()
    {
        Assert.Equal("Ayşe", MemberAccessors.Create(typeof(Person), "Name")!(new Person()));
    }

    [Fact]
    public void Create_NameInOtherCase_FindsTheProperty()
    {
        Assert.Equal("Ayşe", MemberAccessors.Create(typeof(Person), "name")!(new Person()));
    }

    [Fact]
    public void Create_PublicField_ReadsIt()
    {
        Assert.Equal(7, MemberAccessors.Create(typeof(Person), "field")!(new Person()));
    }

    [Fact]
    public void Create_NoSuchMember_IsNull()
    {
        Assert.Null(MemberAccessors.Create(typeof(Person), "missing"));
    }

    [Fact]
    public void ForProperty_GetterThrows_ArrivesWrappedAsWithReflection()
    {
        var read = MemberAccessors.ForProperty(typeof(Person).GetProperty(nameof(Person.Broken))!);

        var exception = Assert.Throws<TargetInvocationException>(() => read(new Person()));
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void ForProperty_EnumValues_ShareOneBoxPerValue()
    {
        var read = MemberAccessors.ForProperty(typeof(Person).GetProperty(nameof(Person.Level))!);

        var first = read(new Person());
        var second = read(new Person());

        Assert.Equal(Level.Senior, first);
        Assert.Same(first, second);
    }

    [Fact]
    public void ForProperty_Bools_ShareOneBoxPerValue()
    {
        var read = MemberAccessors.ForProperty(typeof(Person).GetProperty(nameof(Person.Active))!);

        Assert.Same(read(new Person()), read(new Person { Active = true }));
        Assert.Equal(false, read(new Person { Active = false }));
    }

    [Fact]
    public void ForProperty_PropertyOfAStruct_IsReadThroughReflection()
    {
        var read = MemberAccessors.ForProperty(typeof(Point).GetProperty(nameof(Point.X))!);

        Assert.Equal(3, read(new Point { X = 3 }));
    }
}
