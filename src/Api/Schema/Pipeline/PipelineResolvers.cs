using MentorGraph.Api.Pipeline;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Models;
using Npgsql;

namespace MentorGraph.Api.Schema.Pipeline;

/// <summary>The GraphQL type <c>PipelineStatus</c>.</summary>
public sealed record PipelineStatusView(int PendingNotes, DateTimeOffset? OldestPendingAt, string? ActiveModelVersion);

/// <summary>
/// <c>Query.pipeline</c> (ADMIN, by the SDL's <c>@authorize</c>): what is pending — the outbox and the notes without a
/// result of the active model (<see cref="PendingNotes"/>, the sweep's definition) — and the active model.
/// </summary>
internal static class PipelineResolvers
{
    public static SchemaBuilder AddPipeline(this SchemaBuilder builder) => builder
        .BindType<PipelineStatusView>("PipelineStatus")
        .Resolve("Query.pipeline", async context =>
        {
            var services = context.Services ?? throw new InvalidOperationException("pipeline needs the request's services.");
            var version = services.GetService<IActiveModelSource>()?.KnownVersion;
            if (version is null && services.GetService<ModelStore>() is { } store)
            {
                // This process has not loaded the model yet; the database says which one the jobs classify with.
                version = await store.GetActiveVersionAsync(context.CancellationToken);
            }

            var (notes, oldest) = await PendingNotes.StatusAsync(services.GetRequiredService<NpgsqlDataSource>(), version, context.CancellationToken);
            return new PipelineStatusView((int)Math.Min(int.MaxValue, notes), oldest, version);
        });
}
