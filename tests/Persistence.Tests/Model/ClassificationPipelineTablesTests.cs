using System.Security.Cryptography;
using System.Text;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Persistence.Tests.Model;

/// <summary>Migration 0008's tables through EF: the text hash the database computes, results keyed by text, cascades.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClassificationPipelineTablesTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly TestData data = new(database);

    [Fact]
    public async Task TextSha256_IsTheSha256OfTheUtf8Text_AndFollowsAnEdit()
    {
        var note = await NoteAsync("Zoë showed me TikTok analytics — ✓");
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(note.Text)), note.TextSha256);

        await using var db = data.NewContext();
        var tracked = await db.SessionNotes.SingleAsync(n => n.Id == note.Id);
        tracked.Text = "Now about LinkedIn.";
        await db.SaveChangesAsync();
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes("Now about LinkedIn.")), tracked.TextSha256);
    }

    [Fact]
    public async Task ResultEmbeddingAndOutbox_SavedAndRead_ThenGoneWithTheirNote()
    {
        var note = await NoteAsync("I showed Maya how reels work.");
        await using (var db = data.NewContext())
        {
            db.NoteClassifications.Add(new NoteClassificationResult
            {
                NoteId = note.Id, ModelVersion = "test-1", TextSha256 = note.TextSha256, TopicId = "SOCIAL_MEDIA", TopicProbability = 0.9f,
                TopicsJson = """[{"topic":"SOCIAL_MEDIA","probability":0.9}]""", Direction = NoteDirection.Upward, DirectionProbability = 0.8f,
                EvidenceJson = "[]",
            });
            db.NoteEmbeddings.Add(new NoteEmbeddingRecord { NoteId = note.Id, Encoder = "enc", TextSha256 = note.TextSha256, Vector = new byte[8] });
            db.ClassificationOutbox.Add(new ClassificationOutboxEntry { NoteId = note.Id, Priority = ClassificationOutboxEntry.NewNote });
            await db.SaveChangesAsync();
        }

        await using (var db = data.NewContext())
        {
            var result = await db.NoteClassifications.SingleAsync(c => c.NoteId == note.Id);
            Assert.Equal(("SOCIAL_MEDIA", NoteDirection.Upward, 0.9f), (result.TopicId, result.Direction, result.TopicProbability));
            Assert.True(result.ClassifiedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
            Assert.Equal(1, await db.ClassificationOutbox.CountAsync(o => o.NoteId == note.Id));
            db.SessionNotes.Remove(await db.SessionNotes.SingleAsync(n => n.Id == note.Id));
            await db.SaveChangesAsync();
        }

        await using (var db = data.NewContext())
        {
            Assert.Equal(0, await db.NoteClassifications.CountAsync(c => c.NoteId == note.Id));
            Assert.Equal(0, await db.NoteEmbeddings.CountAsync(e => e.NoteId == note.Id));
            Assert.Equal(0, await db.ClassificationOutbox.CountAsync(o => o.NoteId == note.Id));
        }
    }

    [Fact]
    public async Task Triggers_OneRowPerPriority_NotPending()
    {
        await using var db = data.NewContext();
        var triggers = await db.ClassificationTriggers.OrderBy(t => t.Priority).ToListAsync();
        Assert.Equal([(short)0, (short)1], triggers.Select(t => t.Priority));
        Assert.All(triggers, t => Assert.False(t.Pending));
    }

    private async Task<SessionNote> NoteAsync(string text)
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        await using var db = data.NewContext();
        var note = new SessionNote { SessionId = session.Id, AuthorId = pairing.JuniorId, Text = text, Visibility = NoteVisibility.Pair };
        db.SessionNotes.Add(note);
        await db.SaveChangesAsync();
        return note;
    }
}
