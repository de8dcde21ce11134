using MentorGraph.Api.Schema.Common;
using MentorGraph.GraphQL.Execution;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorGraph.Api.Schema.Notes;

/// <summary>
/// The audit of privileged reads: when an ADMIN reads the text of a PAIR note of a pairing they are not part of,
/// a <c>note_reads</c> row records who read which note when, and the author sees it in
/// <c>SessionNote.readByAdmins</c>. It is written where the text is read — the <c>text</c> field, so a query that
/// never selects the text records nothing — and batched: the notes of one level are one INSERT, which decides in
/// SQL which of them are another pair's.
/// </summary>
internal static class NoteReadAudit
{
    /// <summary>The note's text, recording the read first when the viewer is an ADMIN outside the note's pair.</summary>
    public static async Task<string> ReadTextAsync(IResolveFieldContext context, SessionNote note)
    {
        var data = await RequestData.GetAsync(context);
        var viewer = data.Viewer;
        if (!viewer.IsAdmin || viewer.PersonId is not { } me || note.AuthorId == me || note.Visibility != NoteVisibility.Pair)
        {
            return note.Text;
        }

        var loader = context.DataLoaders.GetOrAdd<long, bool>("SessionNote.audit", async (ids, token) =>
        {
            var parameters = new object[] { new NpgsqlParameter("ids", ids.ToArray()), new NpgsqlParameter("reader", me) };
            await data.RunAsync(
                t => data.Db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO note_reads (note_id, reader_id)
                    SELECT n.id, @reader
                    FROM session_notes n
                    JOIN sessions s ON s.id = n.session_id
                    JOIN pairings p ON p.id = s.pairing_id
                    WHERE n.id = ANY(@ids) AND n.visibility = 'PAIR' AND n.author_id <> @reader
                      AND p.senior_id <> @reader AND p.junior_id <> @reader
                    """,
                    parameters,
                    t),
                token);
            return ids.ToDictionary(id => id, _ => true);
        });
        await loader.LoadAsync(note.Id);
        return note.Text;
    }
}
