using MentorGraph.Api.Exports;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// <see cref="LessonsExport.HiddenTopics"/> takes each topic's rows as one cell before the lattice over [topic]; it must
/// hide exactly what the lattice over the rows themselves hides (a group is measured as the union of its rows either way).
/// </summary>
public sealed class LessonsHiddenTopicsTests
{
    private const int K = 5;
    private static readonly string[] Topics = ["COMMUNICATION", "LEADERSHIP", "SOCIAL_MEDIA", "WORKPLACE_CULTURE"];
    private static readonly DateOnly Week = new(2024, 1, 1);

    [Fact]
    public void TopicsTakenAsOneCellEach_HideWhatTheLatticeOverTheRowsHides_OnManyRandomWeeks()
    {
        var random = new Random(11);
        var weeksWithHiddenTopics = 0;
        for (var week = 0; week < 2000; week++)
        {
            var block = RandomWeek(random);
            var expected = ExportLattice.Suppressed(block, 1, K, r => [r.Topic], r => new CountedPeople(r.Lessons, r.People, r.PeopleIds))
                .Select(i => block[i].Topic).ToHashSet();

            var hidden = LessonsExport.HiddenTopics(block, K);

            Assert.Equal(expected.Order(StringComparer.Ordinal), hidden.Order(StringComparer.Ordinal));
            weeksWithHiddenTopics += hidden.Count > 0 ? 1 : 0;
        }

        Assert.InRange(weeksWithHiddenTopics, 100, 1900);
    }

    [Fact]
    public void ATopicOfTwoRowsOfTheSameThreePeople_IsSmall_AndTheSmallestOtherTopicIsItsComplement()
    {
        List<LessonsExport.Row> block =
        [
            new(Week, "COMMUNICATION", "UPWARD", 1, "A", 4, 3, [1, 2, 3]),
            new(Week, "COMMUNICATION", "DOWNWARD", 2, "B", 4, 3, [1, 2, 3]),
            new(Week, "LEADERSHIP", "UPWARD", 1, "A", 9, 6, null),
            new(Week, "SOCIAL_MEDIA", "UPWARD", 1, "A", 30, 20, null),
        ];

        Assert.Equal(["COMMUNICATION", "LEADERSHIP"], LessonsExport.HiddenTopics(block, K).Order(StringComparer.Ordinal));
    }

    private static List<LessonsExport.Row> RandomWeek(Random random)
    {
        var block = new List<LessonsExport.Row>();
        foreach (var topic in Topics.Where(_ => random.Next(4) > 0))
        {
            foreach (var direction in new[] { "DOWNWARD", "UPWARD" })
            {
                for (var department = 1; department <= 3; department++)
                {
                    if (random.Next(3) == 0)
                    {
                        continue;
                    }

                    var lessons = random.Next(1, 12);
                    var people = Math.Min(lessons + 1, random.Next(2, 9));
                    long[]? ids = people < K ? [.. Enumerable.Range(0, people).Select(_ => (long)random.Next(1, 12)).Distinct()] : null;
                    block.Add(new LessonsExport.Row(Week, topic, direction, department, $"D{department}", lessons, ids?.Length ?? people, ids));
                }
            }
        }

        return block;
    }
}
