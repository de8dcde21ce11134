using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Lessons;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.People;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.Api.Schema.Programs;
using MentorGraph.Api.Schema.Sessions;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Pairings;

/// <summary>
/// The types <c>Pairing</c> and <c>PairingStatusChange</c>. Every related field loads through a DataLoader: the
/// people and the program by key (unless the statement that loaded the pairing joined them: <see cref="PairingShape"/>'s
/// <c>Joins</c> — then the navigation is set, to the row the viewer may see, or null), the history by pairing, <c>lastSessionAt</c> as one grouped MAX for the level,
/// sessions and lessons as batched pages.
/// </summary>
internal static class PairingResolvers
{
    public static SchemaBuilder AddPairingType(this SchemaBuilder builder) => builder
        .BindType<Pairing>("Pairing")
        .BindType<PairingStatusChange>("PairingStatusChange")
        .BindEnum<PairingStatus>("PairingStatus")
        .Resolve("Pairing.id", context => GlobalId.Encode(NodeTypes.Pairing, Source(context).Id))
        .Resolve("Pairing.program", async context => Source(context).Program ?? await Loaders.ByKeyAsync(context, ProgramShape.Shape, p => p.Id, Source(context).ProgramId))
        .Resolve("Pairing.senior", async context => Source(context).Senior ?? await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, Source(context).SeniorId))
        .Resolve("Pairing.junior", async context => Source(context).Junior ?? await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, Source(context).JuniorId))
        .Resolve("Pairing.proposedBy", async context =>
            Source(context).ProposedById is { } id ? await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, id) : null)
        .Resolve("Pairing.lastSessionAt", async context => await LastSessionAtAsync(context, Source(context).Id))
        .Resolve("Pairing.statusHistory", async context => await Loaders.GroupAsync<PairingStatusChange>(
            context, "Pairing.statusHistory", c => c.PairingId, Source(context).Id, q => q.OrderBy(c => c.At).ThenBy(c => c.Id)))
        .Resolve("PairingStatusChange.by", async context =>
            ((PairingStatusChange)context.Source!).ByPersonId is { } id ? await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, id) : null)
        .ResolveBatchedConnection<Pairing, long, Session>(
            "Pairing.sessions",
            SessionShape.Shape,
            p => p.Id,
            context => RequestData.Of(context).Db.Pairings,
            (context, keys) =>
            {
                var batch = keys.ToList();
                var sessions = Guarded(context).Visible<Session>().Where(s => batch.Contains(s.PairingId));
                return p => sessions.Where(s => s.PairingId == p.Id);
            },
            settings => settings.OrderByDefault(s => s.ScheduledAt))
        .ResolveBatchedConnection<Pairing, long, Lesson>(
            "Pairing.lessons",
            LessonShape.Shape,
            p => p.Id,
            context => RequestData.Of(context).Db.Pairings,
            (context, keys) =>
            {
                var batch = keys.ToList();
                var lessons = Guarded(context).Visible<Lesson>().Where(l => batch.Contains(l.PairingId));
                return p => lessons.Where(l => l.PairingId == p.Id);
            },
            settings => settings.OrderByDefault(l => l.CreatedAt));

    /// <summary>The latest <c>occurredAt</c> of each pairing of the level: one grouped query.</summary>
    private static async Task<DateTimeOffset?> LastSessionAtAsync(IResolveFieldContext context, long pairingId)
    {
        var loader = context.DataLoaders.GetOrAdd<long, DateTimeOffset?>("Pairing.lastSessionAt", async (keys, token) =>
        {
            var data = await RequestData.GetAsync(context);
            var rows = await data.ListAsync(
                data.Visible<Session>()
                    .Where(Loaders.In<Session>(s => s.PairingId, keys))
                    // Set exactly when COMPLETED (sessions_occurred_exactly_when_completed); this form lets PostgreSQL
                    // use the partial index sessions_pairing_id_occurred_at (a status test cannot prove its predicate).
                    .Where(s => s.OccurredAt != null)
                    .GroupBy(s => s.PairingId)
                    .Select(g => new { PairingId = g.Key, Last = g.Max(s => s.OccurredAt) }),
                token);
            return rows.ToDictionary(r => r.PairingId, r => r.Last);
        });
        return await loader.LoadAsync(pairingId);
    }

    private static RequestData Guarded(IResolveFieldContext context)
    {
        var data = RequestData.Of(context);
        FilterGuard.Check(context, data);
        return data;
    }

    private static Pairing Source(IResolveFieldContext context) => (Pairing)context.Source!;
}
