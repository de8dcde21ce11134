using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Tests.Execution;

public class SharedBoxesTests
{
    public enum Small
    {
        Zero,
        One,
    }

    public enum Large : long
    {
        Big = 1L << 40,
    }

    [Fact]
    public void Box_Bools_AreShared()
    {
        Assert.Same(SharedBoxes<bool>.Box(true), SharedBoxes<bool>.Box(true));
        Assert.Same(SharedBoxes<bool>.Box(false), SharedBoxes<bool>.Box(false));
        Assert.Equal(false, SharedBoxes<bool>.Box(false));
    }

    [Fact]
    public void Box_IntEnumMembers_AreSharedAndEqualTheirValue()
    {
        Assert.Same(SharedBoxes<Small>.Box(Small.One), SharedBoxes<Small>.Box(Small.One));
        Assert.Equal(Small.One, SharedBoxes<Small>.Box(Small.One));
    }

    [Fact]
    public void Box_EnumValueOutsideTheShared_IsBoxedAnew()
    {
        var value = (Small)1_000;

        Assert.Equal(value, SharedBoxes<Small>.Box(value));
        Assert.NotSame(SharedBoxes<Small>.Box(value), SharedBoxes<Small>.Box(value));
    }

    [Fact]
    public void Box_LongEnum_IsBoxedAsItIs()
    {
        Assert.Equal(Large.Big, SharedBoxes<Large>.Box(Large.Big));
    }

    [Fact]
    public void Box_OtherValues_AreTheirOwnBoxes()
    {
        Assert.Equal(42, SharedBoxes<int>.Box(42));
        Assert.Equal("text", SharedBoxes<string>.Box("text"));
        Assert.Null(SharedBoxes<string?>.Box(null));
    }
}
