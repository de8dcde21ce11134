using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.People;
using MentorGraph.Api.Schema.Sessions;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Notes;

/// <summary>
/// The types <c>SessionNote</c> and <c>NoteRead</c>. <c>text</c> goes through <see cref="NoteReadAudit"/>;
/// <c>classification</c> and <c>modelClassification</c> come from <see cref="NoteClassifications"/>; <c>readByAdmins</c> lists the audit
/// rows the viewer may read (the author's and ADMIN's: <see cref="Privacy.Visibility"/>).
/// </summary>
internal static class NoteResolvers
{
    public static SchemaBuilder AddNoteTypes(this SchemaBuilder builder) => builder
        .BindType<SessionNote>("SessionNote")
        .BindType<NoteRead>("NoteRead")
        .BindEnum<NoteVisibility>("NoteVisibility")
        .BindEnum<LabelSource>("LabelSource")
        .Resolve("SessionNote.id", context => GlobalId.Encode(NodeTypes.SessionNote, Source(context).Id))
        .Resolve("SessionNote.text", async context => await NoteReadAudit.ReadTextAsync(context, Source(context)))
        .Resolve("SessionNote.author", async context => await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, Source(context).AuthorId))
        .Resolve("SessionNote.session", async context => await Loaders.ByKeyAsync(context, SessionShape.Shape, s => s.Id, Source(context).SessionId))
        .Resolve("SessionNote.classification", async context => await NoteClassifications.EffectiveAsync(context, Source(context)))
        .Resolve("SessionNote.modelClassification", async context => await NoteClassifications.ModelAsync(context, Source(context)))
        .Resolve("SessionNote.readByAdmins", async context => await Loaders.GroupAsync<NoteRead>(
            context, "SessionNote.readByAdmins", r => r.NoteId, Source(context).Id, q => q.OrderBy(r => r.ReadAt).ThenBy(r => r.Id)))
        .Resolve("NoteRead.reader", async context => await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, ((NoteRead)context.Source!).ReaderId));

    private static SessionNote Source(IResolveFieldContext context) => (SessionNote)context.Source!;
}
