using MentorGraph.Analytics;
using MentorGraph.Analytics.Retraining;
using MentorGraph.Api.Pipeline;
using Npgsql;

namespace MentorGraph.Api.Models;

/// <summary>
/// Reads the person labels that are training data: for each PAIR note, its latest label whose text hash is the
/// note's current one (a label of an edited note's old text describes another text and is left out), with the
/// participants' names and roles as the classifier reads them, the note's session as its group for the held-out
/// split, and its stored sentence embedding for <paramref name="encoder"/> when there is one (so retraining
/// encodes only notes never embedded).
/// </summary>
public static class PersonLabels
{
    private const string Sql = """
        SELECT DISTINCT ON (l.note_id)
               l.note_id, n.session_id, n.text, l.topic_id, l.direction, n.author_id = p.senior_id, senior.name, junior.name, e.vector
        FROM note_labels l
        JOIN session_notes n ON n.id = l.note_id AND n.text_sha256 = l.text_sha256 AND n.visibility = 'PAIR'
        JOIN sessions s ON s.id = n.session_id
        JOIN pairings p ON p.id = s.pairing_id
        JOIN people senior ON senior.id = p.senior_id
        JOIN people junior ON junior.id = p.junior_id
        LEFT JOIN note_embeddings e ON e.note_id = n.id AND e.encoder = $1 AND e.text_sha256 = n.text_sha256
        ORDER BY l.note_id, l.labelled_at DESC, l.id DESC
        """;

    /// <param name="encoder">The sentence encoder whose stored embeddings to use; null when the model reads none.</param>
    public static async Task<IReadOnlyList<PersonLabeledNote>> ReadAsync(NpgsqlDataSource dataSource, string? encoder, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = encoder ?? "" });
        var labels = new List<PersonLabeledNote>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var note = new Note(
                reader.GetString(2),
                reader.GetBoolean(5) ? ParticipantRole.Senior : ParticipantRole.Junior,
                reader.GetString(6),
                reader.GetString(7))
            {
                Embedding = reader.IsDBNull(8) || encoder is null
                    ? null
                    : new Analytics.Embeddings.NoteEmbedding(encoder, EmbeddingBytes.ToVector(reader.GetFieldValue<byte[]>(8))),
            };
            var topic = Taxonomy.TopicDefinitions.First(t => t.Name == reader.GetString(3)).Slug;
            labels.Add(new PersonLabeledNote(
                new LabeledNote($"note-{reader.GetInt64(0)}", note, topic, reader.GetString(4)),
                $"session-{reader.GetInt64(1)}"));
        }

        return labels;
    }
}
