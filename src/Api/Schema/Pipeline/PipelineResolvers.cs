using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Schema.Common;
using MentorGraph.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Pipeline;

/// <summary>The GraphQL type <c>PipelineStatus</c>.</summary>
public sealed record PipelineStatusView(int PendingNotes, DateTimeOffset? OldestPendingAt, string? ActiveModelVersion);

/// <summary><c>Query.pipeline</c> (ADMIN, by the SDL's <c>@authorize</c>): the outbox's backlog and the active model.</summary>
internal static class PipelineResolvers
{
    public static SchemaBuilder AddPipeline(this SchemaBuilder builder) => builder
        .BindType<PipelineStatusView>("PipelineStatus")
        .Resolve("Query.pipeline", async context =>
        {
            var data = await RequestData.GetAsync(context);
            var backlog = await data.RunAsync(
                token => data.Db.ClassificationOutbox
                    .GroupBy(_ => 1)
                    .Select(g => new { Notes = g.Select(o => o.NoteId).Distinct().Count(), Oldest = g.Min(o => (DateTimeOffset?)o.CreatedAt) })
                    .FirstOrDefaultAsync(token),
                context.CancellationToken);
            var active = context.Services?.GetService<IActiveModelSource>()?.KnownVersion;
            return new PipelineStatusView(backlog?.Notes ?? 0, backlog?.Oldest, active);
        });
}
