using System.Diagnostics;
using Hangfire;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Jobs;
using MentorGraph.Persistence.Entities;
using Npgsql;

namespace MentorGraph.Api.Pipeline;

/// <summary>
/// The Hangfire job "classify pending notes": clears its trigger, then claims batches of the outbox
/// (<see cref="OutboxBatch"/>), classifies each batch at once (embeddings stored with the notes are reused, missing
/// ones computed and stored) and stores the results in the claim's transaction. New notes (priority 0) are drained
/// until the outbox has none; a re-classification job handles batches for about <see cref="ReclassificationSlice"/>
/// and then enqueues the next job, so a long re-classification never holds a worker new notes need for long. Idempotent: Hangfire runs a job at least once, and a
/// result is keyed by note, model and text. Once the new notes are drained it brings the topic trends up to date
/// (<see cref="RefreshTopicTrendsJob"/>: only the weeks and months the new labels touched), so the insights follow a new
/// note within its job; a re-classification leaves that to the refresh's own minute schedule.
/// </summary>
public sealed class ClassifyPendingNotesJob(
    NpgsqlDataSource dataSource,
    IActiveModelSource models,
    ClassificationTrigger trigger,
    JobsSettings settings,
    TimeProvider clock,
    PipelineCounters counters,
    RefreshTopicTrendsJob refreshTopicTrends,
    ILogger<ClassifyPendingNotesJob> logger)
{
    /// <summary>
    /// How long a re-classification job keeps claiming batches before it hands the rest to a new job: long enough
    /// that re-enqueueing costs little of a backlog's time, short enough that a worker is soon free for new notes.
    /// </summary>
    public static readonly TimeSpan ReclassificationSlice = TimeSpan.FromSeconds(10);

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(short priority, CancellationToken cancellationToken)
    {
        await trigger.ClearAsync(priority, cancellationToken);
        var model = models.Get();
        var running = Stopwatch.StartNew();
        while (true)
        {
            var claimed = await ClassifyBatchAsync(model, priority, cancellationToken);
            if (claimed < settings.BatchSize)
            {
                if (priority == ClassificationOutboxEntry.NewNote)
                {
                    await RefreshTrendsAsync(cancellationToken);
                }

                return;
            }

            if (priority != ClassificationOutboxEntry.NewNote && running.Elapsed >= ReclassificationSlice)
            {
                // Re-classification yields after a slice: the rest is a job of its own, behind any new notes.
                await trigger.RequestAsync(priority, cancellationToken, force: true);
                return;
            }
        }
    }

    /// <summary>
    /// The trends' refresh after the results are committed: a failure is logged, not thrown — the classifications are
    /// stored, a retry of this job would find nothing to classify, and the refresh's minute schedule catches up.
    /// </summary>
    private async Task RefreshTrendsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await refreshTopicTrends.RunAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            logger.LogWarning(exception, "The topic trends were not refreshed after classifying new notes; the minute refresh will.");
        }
    }

    /// <summary>Claims, classifies and stores one batch; returns how many notes it claimed.</summary>
    public async Task<int> ClassifyBatchAsync(ActiveModel model, short priority, CancellationToken cancellationToken)
    {
        var classifier = model.Classifier;
        var encoder = classifier.Embedder?.Model;
        var stopwatch = Stopwatch.StartNew();
        await using var batch = await OutboxBatch.ClaimAsync(dataSource, priority, settings.BatchSize, encoder, cancellationToken);
        if (batch.Notes.Count == 0)
        {
            await batch.CommitAsync(model.Version, [], settings.LessonTopicMinConfidence, clock.GetUtcNow(), cancellationToken);
            return 0;
        }

        var notes = batch.Notes
            .Select(n => new Note(n.Text, n.AuthorRole, n.SeniorName, n.JuniorName)
            {
                Embedding = n.StoredEmbedding is { } stored && encoder is not null ? new NoteEmbedding(encoder, stored) : null,
            })
            .ToList();
        var results = classifier.ClassifyMany(notes);
        var rows = new List<(PendingNote, StoredClassification, (string, float[])?)>(results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var pending = batch.Notes[i];
            (string, float[])? computed = results[i].Embedding is { } embedding && pending.StoredEmbedding is null
                ? (embedding.Model, embedding.Vector)
                : null;
            rows.Add((pending, StoredClassification.From(results[i]), computed));
        }

        await batch.CommitAsync(model.Version, rows, settings.LessonTopicMinConfidence, clock.GetUtcNow(), cancellationToken);
        counters.BatchCommitted(batch.Notes.Count);
        logger.LogInformation("Classified {Notes} notes ({Queue}) with {Model} in {Milliseconds} ms",
            batch.Notes.Count, JobQueues.Of(priority), model.Version, stopwatch.ElapsedMilliseconds);
        return batch.Notes.Count;
    }
}
