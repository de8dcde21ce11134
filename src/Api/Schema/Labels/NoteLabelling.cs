using MentorGraph.Api.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Labels;

/// <summary>
/// Writes a person's label: the note's effective label (label_source PERSON, no model version, classified now)
/// and its <c>note_labels</c> row with the hash of the text it labelled — one statement, so both or neither are
/// written. The note's version is not raised: a label is not a change of what the author wrote, and the
/// author's next edit must not meet a conflict because an ADMIN labelled the note.
/// </summary>
internal static class NoteLabelling
{
    /// <summary>Labels note <paramref name="noteId"/>; false when it no longer exists (deleted meanwhile).</summary>
    public static async Task<bool> LabelAsync(
        RequestData data, long noteId, string topicId, string direction, long labelledBy, string? email, CancellationToken cancellationToken)
    {
        var rows = await data.RunAsync(token => data.Db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH labelled AS (
                UPDATE session_notes
                SET topic_id = {topicId}, direction = {direction}, label_source = 'PERSON', model_version = NULL, classified_at = now()
                WHERE id = {noteId}
                RETURNING id, text_sha256)
            INSERT INTO note_labels (note_id, topic_id, direction, labelled_by_id, labelled_by_email, text_sha256)
            SELECT id, {topicId}, {direction}, {labelledBy}, {email}, text_sha256 FROM labelled
            """, token), cancellationToken).ConfigureAwait(false);
        return rows > 0;
    }
}
