using MentorGraph.Api.Seed;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Seed;

/// <summary>
/// The trend, counted from the database after seeding the default organisation: notes per topic per ISO week by
/// their created_at (the topic is the label each note was generated from; the database does not store it). Each
/// rising topic has, in each of the last 4 complete weeks, at least 20 notes and at least 3 times its weekly average
/// over the 52 complete weeks; no other topic does. Checked for days whose last weeks hold Christmas or August.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RisingTopicTests(PostgresServerFixture server)
{
    [Theory]
    [InlineData(1, "2026-06-17")]
    [InlineData(4, "2026-01-09")]
    [InlineData(11, "2025-09-01")]
    public async Task DefaultSize_TwoTopicsRise_OthersStayFlat(int seed, string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        await using var database = await SeedDatabase.CreateMigratedAsync(server);
        var labels = new Dictionary<long, NoteLabel>();
        var options = SeedOptions.Default(today) with { Seed = seed };
        var result = await SeedRunner.RunAsync(database.ConnectionString, options, SeedMode.Refuse, onNote: n => labels[n.Id] = n.Label);

        var calendar = new SeedCalendar(today);
        var weekly = SeedTopics.All.ToDictionary(t => t, _ => new int[SeedCalendar.YearWeeks]);
        var notes = await SeedDatabase.ReadAsync(database.ConnectionString, "SELECT id, created_at FROM session_notes", r => (r.GetInt64(0), r.GetFieldValue<DateTime>(1)));
        Assert.Equal(labels.Count, notes.Count);
        foreach (var (id, created) in notes)
        {
            Assert.True(created < calendar.Now, $"note {id} written {created:O}, after today");
            var week = calendar.WeekIndex(created);
            if (week is >= 0 and < SeedCalendar.YearWeeks)
            {
                weekly[labels[id].Topic][week]++;
            }
        }

        Assert.Equal(SeedOptions.DefaultRisingTopics, options.RisingTopics);
        foreach (var topic in SeedTopics.All)
        {
            var counts = weekly[topic];
            Assert.Equal(result.Counts.WeeklyNotes[topic], counts);
            var average = counts.Sum() / 52.0;
            var last = counts[^4..];
            if (options.RisingTopics.Contains(topic))
            {
                Assert.All(last, n => Assert.True(n >= 20 && n >= 3 * average, $"{topic}: last weeks {string.Join(", ", last)}, average {average:0.00}"));
                Assert.True(RisingTopics.Rises(counts));
            }
            else
            {
                // Not one of the last 4 weeks looks like a rise, and no 4 weeks in a row anywhere in the year did.
                Assert.False(RisingTopics.Rises(counts), $"{topic} rises: {string.Join(", ", counts)}");
                Assert.All(last, n => Assert.False(n >= 20 && n >= 3 * average, $"{topic}: last weeks {string.Join(", ", last)}, average {average:0.00}"));
                for (var end = 4; end <= counts.Length; end++)
                {
                    Assert.False(counts[(end - 4)..end].All(n => n >= 20 && n >= 3 * average), $"{topic} rose in the 4 weeks to week {end}");
                }
            }
        }
    }

    [Fact]
    public void Targets_ClimbAndMeetTheDefinition_ForAnyHistory()
    {
        var random = new SeedRandom(3);
        foreach (var before in new[] { 0, 10, 150, 900, 40_000, 400_000 })
        {
            var targets = RisingTopics.Targets(random, before);
            Assert.Equal(4, targets.Length);
            var year = Enumerable.Repeat(before / 48, 48).Concat(targets).ToArray();
            year[0] += before - (before / 48 * 48);
            Assert.True(RisingTopics.Rises(year), $"{before}: {string.Join(", ", targets)}");
            Assert.True(targets[3] > targets[0], "the last weeks climb");
        }
    }
}
