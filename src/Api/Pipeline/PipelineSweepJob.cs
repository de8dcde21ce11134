using Hangfire;
using MentorGraph.Api.Configuration;
using MentorGraph.Persistence.Entities;
using Npgsql;

namespace MentorGraph.Api.Pipeline;

/// <summary>
/// The recurring sweep (<c>Jobs:SweepCron</c>, every minute by default). It puts every note without a result from
/// the active model for its current text — seeded by COPY, imported, or left over after an activation — into the
/// outbox at the re-classification priority, gives lessons without a topic their session's confident classifier
/// topic, and enqueues a job for each priority that has notes waiting (notes whose only result is the demo seed's
/// label wait while <c>Jobs:ClassifySeedLabelledNotes</c> is false), whether or not a job seems to be on its way:
/// so a process that died between a note's commit and its enqueue delays the note by one sweep at most. Two sweeps
/// never run at once (a transaction-level advisory lock; the second one skips).
/// </summary>
public sealed class PipelineSweepJob(
    NpgsqlDataSource dataSource,
    IActiveModelSource models,
    ClassificationTrigger trigger,
    JobsSettings settings,
    ILogger<PipelineSweepJob> logger)
{
    /// <summary>The recurring job's id (the dashboard's Recurring jobs page).</summary>
    public const string RecurringJobId = "pipeline-sweep";

    /// <summary>Queues the pending notes (<see cref="PendingNotes"/>) not in the outbox yet: $1 the active model, $2 the priority.</summary>
    private const string QueueSql = $"""
        INSERT INTO classification_outbox (note_id, priority)
        SELECT n.id, $2 FROM session_notes n
        WHERE {PendingNotes.WithoutActiveResult} AND {PendingNotes.NotQueued}
        """;

    /// <summary>The advisory lock key of the sweep ("MGSWEEP").</summary>
    public const long AdvisoryLockKey = 0x4D47535745455;

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var model = models.Get();
        int queued;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await using (var lockCommand = new NpgsqlCommand($"SELECT pg_try_advisory_xact_lock({AdvisoryLockKey})", connection, transaction))
            {
                if (await lockCommand.ExecuteScalarAsync(cancellationToken) is not true)
                {
                    logger.LogInformation("Another sweep is running; this one skips.");
                    return;
                }
            }

            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(OutboxBatch.Command(
                settings.ClassifySeedLabelledNotes ? QueueSql : $"{QueueSql} AND {PendingNotes.WithoutSeedLabel}",
                model.Version,
                ClassificationOutboxEntry.Reclassification));
            batch.BatchCommands.Add(LessonTopics.Command(null, model.Version, settings.LessonTopicMinConfidence));
            await batch.ExecuteNonQueryAsync(cancellationToken);
            queued = batch.BatchCommands[0].RecordsAffected;

            await transaction.CommitAsync(cancellationToken);
        }

        if (queued > 0)
        {
            logger.LogInformation("Sweep: {Notes} notes have no result from {Model}; queued for re-classification.", queued, model.Version);
        }

        foreach (var priority in await WaitingPrioritiesAsync(cancellationToken))
        {
            await trigger.RequestAsync(priority, cancellationToken, force: true);
        }
    }

    private async Task<List<short>> WaitingPrioritiesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT p FROM (VALUES (0::smallint), (1::smallint)) v (p) WHERE EXISTS (SELECT 1 FROM classification_outbox o WHERE o.priority = v.p)");
        var priorities = new List<short>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            priorities.Add(reader.GetInt16(0));
        }

        return priorities;
    }
}
