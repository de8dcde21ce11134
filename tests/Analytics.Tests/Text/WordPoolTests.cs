using System.Globalization;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Text;

public class WordPoolTests
{
    [Fact]
    public void Get_SameCharsTwice_ReturnsTheSameInstance()
    {
        var pool = new WordPool();
        var first = pool.Get("maya".AsSpan());
        var second = pool.Get("xmaya".AsSpan(1));

        Assert.Equal("maya", first);
        Assert.Same(first, second);
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void Get_DifferentWords_GivesEachItsOwnString()
    {
        var pool = new WordPool();

        Assert.Equal("ab", pool.Get("ab"));
        Assert.Equal("ba", pool.Get("ba"));
        Assert.Equal("a", pool.Get("a"));
        Assert.Equal(3, pool.Count);
    }

    [Fact]
    public void Get_ManyDistinctWords_GrowsAndKeepsEveryWordPooled()
    {
        var pool = new WordPool();
        var words = Enumerable.Range(0, 50_000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var pooled = words.Select(w => pool.Get(w)).ToArray();

        Assert.Equal(words, pooled);
        var samePooledInstance = words.Count(w => ReferenceEquals(pool.Get(w), pooled[int.Parse(w.AsSpan(1), CultureInfo.InvariantCulture)]));
        // A word whose probe run is full is returned unpooled; with a random seed that is very rare.
        Assert.True(samePooledInstance > words.Length * 0.99, $"{samePooledInstance} of {words.Length} pooled");
    }

    [Fact]
    public void Get_AtCapacity_EmptiesThePoolAndStartsOver()
    {
        var pool = new WordPool();
        for (var i = 0; pool.Count < WordPool.Capacity; i++)
        {
            pool.Get("w" + i.ToString(CultureInfo.InvariantCulture));
        }

        Assert.Equal("next", pool.Get("next"));
        Assert.Equal(1, pool.Count);
    }
}
