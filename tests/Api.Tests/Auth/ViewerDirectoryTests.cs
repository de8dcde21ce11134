using MentorGraph.Api.Auth;

namespace MentorGraph.Api.Tests.Auth;

public sealed class ViewerDirectoryTests
{
    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Remember_ThenTryGet_WithinTheLifetime_GivesThePerson_AfterwardsNothing()
    {
        var directory = new ViewerDirectory(new AuthSettings { ViewerCacheSeconds = 30 }, _clock);

        directory.Remember("ada@example.com", 7, directory.Generation);

        Assert.True(directory.TryGet("ada@example.com", out var person));
        Assert.Equal(7, person);
        _clock.Now = _clock.Now.AddSeconds(31);
        Assert.False(directory.TryGet("ada@example.com", out _));
    }

    [Fact]
    public void Remember_AnEmailWithoutAPerson_IsKeptAsNoPerson()
    {
        var directory = new ViewerDirectory(new AuthSettings(), _clock);

        directory.Remember("integration@example.com", null, directory.Generation);

        Assert.True(directory.TryGet("integration@example.com", out var person));
        Assert.Null(person);
    }

    [Fact]
    public void Forget_DropsTheEmail_InAnyCase()
    {
        var directory = new ViewerDirectory(new AuthSettings(), _clock);
        directory.Remember("ada@example.com", 7, directory.Generation);

        directory.Forget("Ada@Example.com");

        Assert.False(directory.TryGet("ada@example.com", out _));
    }

    [Fact]
    public void Remember_OfALookupThatBeganBeforeAForget_IsNotKept()
    {
        var directory = new ViewerDirectory(new AuthSettings(), _clock);
        var began = directory.Generation;

        directory.Forget("new.person@example.com");
        directory.Remember("new.person@example.com", null, began);

        Assert.False(directory.TryGet("new.person@example.com", out _));
    }

    [Fact]
    public void ZeroSeconds_KeepsNothing()
    {
        var directory = new ViewerDirectory(new AuthSettings { ViewerCacheSeconds = 0 }, _clock);

        directory.Remember("ada@example.com", 7, directory.Generation);

        Assert.False(directory.TryGet("ada@example.com", out _));
    }

    [Fact]
    public void Remember_WhenFull_DropsTheExpiredFirst_ThenEverything()
    {
        var directory = new ViewerDirectory(new AuthSettings { ViewerCacheSeconds = 30, ViewerCacheEntries = 2 }, _clock);
        directory.Remember("old@example.com", 1, directory.Generation);
        _clock.Now = _clock.Now.AddSeconds(20);
        directory.Remember("recent@example.com", 2, directory.Generation);
        _clock.Now = _clock.Now.AddSeconds(15);

        directory.Remember("third@example.com", 3, directory.Generation);

        Assert.False(directory.TryGet("old@example.com", out _));
        Assert.True(directory.TryGet("recent@example.com", out _));
        Assert.True(directory.TryGet("third@example.com", out _));

        directory.Remember("fourth@example.com", 4, directory.Generation);

        Assert.False(directory.TryGet("recent@example.com", out _));
        Assert.True(directory.TryGet("fourth@example.com", out _));
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
