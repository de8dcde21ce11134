using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Npgsql;

namespace MentorGraph.Api.Pipeline;

/// <summary>
/// Enqueues "classify pending notes" jobs, coalesced across processes: a caller enqueues only when it flips its
/// priority's row of <c>classification_triggers</c> from not pending to pending; the job clears the flag before it
/// claims, so a note committed after that enqueues a new job and one committed before is in the job's claim. A flag
/// left pending by a process that died before enqueueing counts as stale after <see cref="StaleAfter"/>, and the
/// sweep enqueues regardless.
/// </summary>
public sealed class ClassificationTrigger(NpgsqlDataSource dataSource, IBackgroundJobClient jobs, ILogger<ClassificationTrigger> logger)
{
    /// <summary>How long a pending flag without a job that cleared it holds back further jobs.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Enqueues a job for <paramref name="priority"/> unless one is already waiting (<paramref name="force"/>: in any case).
    /// Returns whether one was enqueued.
    /// </summary>
    public async Task<bool> RequestAsync(short priority, CancellationToken cancellationToken, bool force = false)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE classification_triggers SET pending = true, requested_at = now()
            WHERE priority = $1 AND (NOT pending OR requested_at < now() - $2 OR $3)
            RETURNING priority
            """);
        command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = priority });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = StaleAfter });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = force });
        if (await command.ExecuteScalarAsync(cancellationToken) is null)
        {
            return false;
        }

        var id = jobs.Create(
            Job.FromExpression<ClassifyPendingNotesJob>(job => job.RunAsync(priority, CancellationToken.None)),
            new EnqueuedState(JobQueues.Of(priority)));
        logger.LogDebug("Enqueued classification job {JobId} on {Queue}", id, JobQueues.Of(priority));
        return true;
    }

    /// <summary>
    /// After a note's transaction committed: enqueues a job for new notes, never failing the request — a note whose
    /// job could not be enqueued is in the outbox, and the sweep finds it.
    /// </summary>
    public async Task NoteWrittenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RequestAsync(Persistence.Entities.ClassificationOutboxEntry.NewNote, cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or BackgroundJobClientException or TimeoutException or InvalidOperationException
                                           || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(exception, "Could not enqueue the classification job after a note was written; the sweep will pick the note up.");
        }
    }

    /// <summary>Called by a job before it claims: notes committed from now on enqueue another job.</summary>
    public async Task ClearAsync(short priority, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE classification_triggers SET pending = false WHERE priority = $1 AND pending");
        command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = priority });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
