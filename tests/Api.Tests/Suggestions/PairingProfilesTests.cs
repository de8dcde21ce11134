using MentorGraph.Api.Tests.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Suggestions;

/// <summary>
/// insights.pairing_profiles (migration 0018), the suggestedPairings shortlist's evidence: kept current by triggers on
/// declarations, wishes, lessons, people and (migration 0020, through insights.person_topic_notes) classified notes, it must
/// hold exactly what insights.rebuild_pairing_profiles() computes from scratch, after any change. Its own <see cref="SuggestionsWorldFixture"/> (own database), since the test changes it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PairingProfilesTests(SuggestionsWorldFixture world) : IClassFixture<SuggestionsWorldFixture>
{
    [Fact]
    public async Task MaintainedProfiles_EqualARebuild_AfterDeclarationsWishesLessonsAndPeopleChange()
    {
        var data = world.Api.Data;
        var people = world.People;
        await using (var db = data.NewContext())
        {
            // A declaration removed and one added, a wish added, a person changing band and one leaving.
            await db.Database.ExecuteSqlAsync($"DELETE FROM person_can_teach WHERE person_id = {people["Cara"].Id}");
            await db.Database.ExecuteSqlAsync($"INSERT INTO person_can_teach (person_id, topic_id) VALUES ({people["Hana"].Id}, 'DATA_ANALYTICS')");
            await db.Database.ExecuteSqlAsync($"INSERT INTO person_wants_to_learn (person_id, topic_id) VALUES ({people["Gus"].Id}, 'LEADERSHIP')");
            await db.Database.ExecuteSqlAsync($"UPDATE people SET band = 'MID' WHERE id = {people["Ben"].Id}");
            await db.Database.ExecuteSqlAsync($"UPDATE people SET active = false, deactivated_at = now() WHERE id = {people["Pia"].Id}");
        }

        // Lessons: one more for Ana, one of hers moved to another topic, one of Eve's deleted, a title edited.
        var pairing = await data.PairingAsync(PairingStatus.Active, people["Dan"], people["Cara"], world.Program);
        var lesson = await data.LessonAsync(pairing, people["Cara"].Id, LessonVisibility.Pair, topic: "EMERGING_TECH");
        await using (var db = data.NewContext())
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE lessons SET topic_id = 'PRODUCTIVITY_TOOLS' WHERE id = (SELECT min(id) FROM lessons WHERE teacher_id = {people["Ana"].Id})");
            await db.Database.ExecuteSqlAsync(
                $"DELETE FROM lessons WHERE id = (SELECT min(id) FROM lessons WHERE teacher_id = {people["Eve"].Id})");
            await db.Database.ExecuteSqlAsync($"UPDATE lessons SET title = 'Renamed' WHERE id = {lesson.Id}");

            // Notes: one of Ben's relabelled to another topic, one cleared (its text edited), one of Noor's turned MUTUAL
            // (now Max's evidence too), one of hers deleted, and a new classified one inserted for Cara.
            await db.Database.ExecuteSqlAsync(
                $"UPDATE session_notes SET topic_id = 'LEADERSHIP', label_source = 'PERSON', model_version = NULL WHERE id = (SELECT min(id) FROM session_notes WHERE author_id = {people["Ben"].Id})");
            await db.Database.ExecuteSqlAsync(
                $"UPDATE session_notes SET text = 'Edited.', topic_id = NULL, direction = NULL, label_source = NULL, model_version = NULL, classified_at = NULL WHERE id = (SELECT max(id) FROM session_notes WHERE author_id = {people["Ben"].Id})");
            await db.Database.ExecuteSqlAsync(
                $"UPDATE session_notes SET direction = 'MUTUAL' WHERE id = (SELECT min(id) FROM session_notes WHERE author_id = {people["Noor"].Id} AND direction = 'UPWARD')");
            await db.Database.ExecuteSqlAsync(
                $"DELETE FROM session_notes WHERE id = (SELECT max(id) FROM session_notes WHERE author_id = {people["Noor"].Id} AND direction = 'UPWARD')");
        }

        var session = await data.SessionAsync(pairing, at: TestWorld.Now.AddDays(-3));
        var note = await data.NoteAsync(session, people["Dan"].Id, NoteVisibility.Pair);
        await using (var db = data.NewContext())
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE session_notes SET topic_id = 'EMERGING_TECH', direction = 'UPWARD', label_source = 'PERSON', classified_at = now() WHERE id = {note.Id}");
        }

        var maintained = await ProfilesAsync();
        var maintainedNotes = await NoteCountsAsync();
        await using (var db = data.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT insights.rebuild_pairing_profiles()");
        }

        var rebuilt = await ProfilesAsync();

        Assert.Equal(rebuilt, maintained);
        Assert.Equal(await NoteCountsAsync(), maintainedNotes);
        Assert.Equal(
            [$"{people["Ben"].Id} LEADERSHIP 1", $"{people["Ben"].Id} SOCIAL_MEDIA 1", $"{people["Cara"].Id} EMERGING_TECH 1",
             $"{people["Max"].Id} SOCIAL_MEDIA 2", $"{people["Noor"].Id} SOCIAL_MEDIA 1"],
            maintainedNotes);
        // The changes did land: Cara now offers only her lesson and her note (emerging technology, position 3: ln 2 + 0.5 ln 2),
        // Ana 1 + ln 6 on social media, Noor her one note left (social media, position 1: 0.5 ln 2).
        Assert.Equal($"{people["Cara"].Id} JUNIOR True 0,0,1.039721,0,0,0,0,0,0,0,0,0 wants 64", Assert.Single(maintained, p => p.StartsWith($"{people["Cara"].Id} ")));
        Assert.Equal($"{people["Noor"].Id} JUNIOR True 0.346574,0,0,0,0,0,0,0,0,0,0,0 wants 0", Assert.Single(maintained, p => p.StartsWith($"{people["Noor"].Id} ")));
        Assert.Contains($"{people["Ana"].Id} JUNIOR True 2.791759,0,0,0,0,0,0,0,0,0,0,0.693147 wants 64", maintained);
        Assert.Contains(maintained, p => p.StartsWith($"{people["Pia"].Id} JUNIOR False "));
        Assert.Contains(maintained, p => p.StartsWith($"{people["Ben"].Id} MID True "));
    }

    /// <summary>insights.person_topic_notes as lines "person topic notes", by person and topic.</summary>
    private async Task<List<string>> NoteCountsAsync()
    {
        await using var db = world.Api.Data.NewContext();
        return await db.Database.SqlQueryRaw<string>(
            "SELECT person_id || ' ' || topic_id || ' ' || notes AS \"Value\" FROM insights.person_topic_notes ORDER BY person_id, topic_id").ToListAsync();
    }

    /// <summary>Every row as one line (offers rounded to 6 decimals, trailing zeros dropped), by person.</summary>
    private async Task<List<string>> ProfilesAsync()
    {
        await using var db = world.Api.Data.NewContext();
        return await db.Database.SqlQueryRaw<string>("""
            SELECT person_id || ' ' || band || ' ' || CASE WHEN active THEN 'True' ELSE 'False' END || ' '
                   || coalesce((SELECT string_agg(rtrim(rtrim(round(o::numeric, 6)::text, '0'), '.'), ',' ORDER BY i) FROM unnest(offers) WITH ORDINALITY AS x (o, i)), '-')
                   || ' wants ' || wants AS "Value"
            FROM insights.pairing_profiles ORDER BY person_id
            """).ToListAsync();
    }
}
