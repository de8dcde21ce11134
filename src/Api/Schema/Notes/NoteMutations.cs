using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Notes;

/// <summary>
/// <c>writeSessionNote</c> (an upsert by the author: one note per participant per session, up to
/// <c>Notes:MaxLength</c> characters) and <c>deleteSessionNote</c> (its author only). Only the two participants
/// write notes; an ADMIN reads PAIR notes but never writes anyone's. A new note or a new text writes a
/// <c>classification_outbox</c> row in the note's transaction and, after the commit, asks for a (coalesced)
/// classification job (<see cref="ClassificationTrigger"/>).
/// </summary>
internal static class NoteMutations
{
    public static SchemaBuilder AddNoteMutations(this SchemaBuilder builder) => builder
        .BindPayload("WriteSessionNotePayload", typeof(ValidationError), typeof(ConflictError), typeof(NotFoundError), typeof(ForbiddenError))
        .BindPayload("DeleteSessionNotePayload", typeof(ConflictError), typeof(NotFoundError), typeof(ForbiddenError), typeof(ValidationError))
        .Resolve<WriteSessionNoteInput>("Mutation.writeSessionNote", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var token = context.CancellationToken;
            var me = Mutations.RequirePerson(data, "write a note");
            var session = await Mutations.LoadAsync<Session>(data, input.SessionId, NodeTypes.Session, "sessionId", token, q => q.Include(s => s.Pairing));
            Mutations.Refuse(PairingRules.CheckParticipant(session.Pairing, me, "sessionId") is null
                ? []
                : [new ForbiddenError("sessionId", "Only the session's two participants write notes on it.")]);
            var checks = new InputChecks();
            if (string.IsNullOrWhiteSpace(input.Text))
            {
                checks.Add(new ValidationError("text", Analytics.ValidationCodes.Empty, "The note is empty."));
            }

            checks.Length(input.Text ?? string.Empty, "text", data.Notes.MaxLength);
            checks.ThrowIfAny();

            var note = await data.RunAsync(t => data.Db.SessionNotes.FirstOrDefaultAsync(n => n.SessionId == session.Id && n.AuthorId == me, t), token);
            var classify = note is null || note.Text != input.Text;
            if (note is null)
            {
                note = new SessionNote { SessionId = session.Id, AuthorId = me, Text = input.Text!, Visibility = input.Visibility };
                data.Db.SessionNotes.Add(note);
            }
            else
            {
                if (input.Version is { } version)
                {
                    Mutations.CheckVersion(data, note, version);
                }

                if (note.Text != input.Text && note.LabelSource == LabelSource.Model)
                {
                    // The model labelled the old text; the pipeline labels the new one.
                    (note.TopicId, note.Direction, note.LabelSource, note.ModelVersion, note.ClassifiedAt) = (null, null, null, null, null);
                }

                note.Text = input.Text!;
                note.Visibility = input.Visibility;
                data.Db.Entry(note).Property(n => n.UpdatedAt).IsModified = true;
            }

            if (classify)
            {
                // The outbox row commits with the note: a crash after the commit loses no classification.
                data.Db.ClassificationOutbox.Add(new ClassificationOutboxEntry { Note = note, Priority = ClassificationOutboxEntry.NewNote });
            }

            await Mutations.SaveAsync(data, token, note);
            if (classify && context.Services?.GetService<ClassificationTrigger>() is { } trigger)
            {
                await trigger.NoteWrittenAsync(token);
            }

            return Payload.Success(note);
        })
        .Resolve<DeleteSessionNoteInput>("Mutation.deleteSessionNote", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var note = await Mutations.LoadAsync<SessionNote>(data, input.NoteId, NodeTypes.SessionNote, "noteId", context.CancellationToken);
            if (note.AuthorId != data.Viewer.PersonId)
            {
                throw new PayloadErrorException(new ForbiddenError("noteId", "Only its author deletes a note."));
            }

            Mutations.CheckVersion(data, note, input.Version);
            data.Db.SessionNotes.Remove(note);
            await Mutations.SaveAsync(data, context.CancellationToken, note);
            return Payload.Success(note);
        });
}
