using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Lessons;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Pairings;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Sessions;

/// <summary>
/// The type <c>Session</c>: its pairing by key, its notes and feedback by session (each already narrowed by
/// <see cref="Visibility"/> to what the viewer may read), its lessons as batched pages.
/// </summary>
internal static class SessionResolvers
{
    public static SchemaBuilder AddSessionType(this SchemaBuilder builder) => builder
        .BindType<Session>("Session")
        .BindEnum<SessionStatus>("SessionStatus")
        .BindEnum<SessionFormat>("SessionFormat")
        .Resolve("Session.id", context => GlobalId.Encode(NodeTypes.Session, Source(context).Id))
        .Resolve("Session.pairing", async context => await Loaders.ByKeyAsync(context, PairingShape.Shape, p => p.Id, Source(context).PairingId))
        .Resolve("Session.notes", async context => await Loaders.GroupAsync<SessionNote>(
            context, "Session.notes", n => n.SessionId, Source(context).Id, q => q.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)))
        .Resolve("Session.feedback", async context => await Loaders.GroupAsync<SessionFeedback>(
            context, "Session.feedback", f => f.SessionId, Source(context).Id, q => q.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)))
        .ResolveBatchedConnection<Session, long, Lesson>(
            "Session.lessons",
            LessonShape.Shape,
            s => s.Id,
            context => RequestData.Of(context).Db.Sessions,
            (context, keys) =>
            {
                var data = RequestData.Of(context);
                FilterGuard.Check(context, data);
                var batch = keys.ToList();
                var lessons = data.Visible<Lesson>().Where(l => l.SessionId != null && batch.Contains(l.SessionId.Value));
                return s => lessons.Where(l => l.SessionId == s.Id);
            },
            settings => settings.OrderByDefault(l => l.CreatedAt));

    private static Session Source(IResolveFieldContext context) => (Session)context.Source!;
}
