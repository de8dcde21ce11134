using MentorGraph.Analytics;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Persistence.Tests.Model;

/// <summary>The topics migration inserts the taxonomy: the table and <see cref="Taxonomy.TopicDefinitions"/> are equal.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicsMatchTaxonomyTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly TestData data = new(database);

    [Fact]
    public async Task TopicsTable_InPositionOrder_EqualsTaxonomyTopicDefinitions()
    {
        await using var db = data.NewContext();

        var topics = await db.Topics.OrderBy(t => t.Position).ToListAsync();

        Assert.Equal(
            Taxonomy.TopicDefinitions.Select((t, i) => (t.Name, t.Slug, t.Title, t.Covers, Position: i + 1)),
            topics.Select(t => (t.Id, t.Slug, t.Title, t.Covers, t.Position)));
    }
}
