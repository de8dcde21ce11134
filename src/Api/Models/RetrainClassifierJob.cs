using Hangfire;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Retraining;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Pipeline;
using MentorGraph.Persistence.Models;
using Npgsql;

namespace MentorGraph.Api.Models;

/// <summary>What one retraining did.</summary>
/// <param name="Version">The challenger's version (stored, ACTIVE or REJECTED).</param>
/// <param name="ComparedWith">The active model it was judged against.</param>
public sealed record RetrainingResult(string Version, string ComparedWith, bool Activated, string Reason, ChallengerOutcome Outcome);

/// <summary>
/// The Hangfire job behind <c>retrainClassifier</c>: reads the person labels (<see cref="PersonLabels"/>), trains a
/// challenger with the active model's options on the corpus plus those labels, scores both models on the same notes
/// and applies the activation rule (<see cref="ChallengerTraining"/>, in Analytics), then stores the challenger —
/// ACTIVE, retiring the model it beat, or REJECTED with its scores and the reason (<see cref="ModelStore"/>). On an
/// activation this process switches at once; the others within <c>Classifier:ActiveModelPollSeconds</c>; a sweep is
/// scheduled just after that, so every note gets the new model's result in the background (person labels stay).
/// One retraining runs at a time (Hangfire's distributed lock), on the low-priority queue behind new notes; run twice,
/// it stores a second challenger, which ties with the first and is rejected.
/// </summary>
public sealed class RetrainClassifierJob(
    NpgsqlDataSource dataSource,
    ModelStore store,
    DatabaseActiveModelSource models,
    RetrainingCorpus corpus,
    ClassifierSettings settings,
    TimeProvider clock,
    IServiceProvider services,
    ILogger<RetrainClassifierJob> logger)
{
    [Queue(JobQueues.Reclassify)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken) => await RetrainAsync(cancellationToken);

    /// <summary>Runs a retraining and says what it did (the job's body, callable directly).</summary>
    public async Task<RetrainingResult> RetrainAsync(CancellationToken cancellationToken)
    {
        await models.RefreshAsync(cancellationToken);
        var active = models.Get();
        var encoder = active.Classifier.Embedder?.Model;
        var labels = await PersonLabels.ReadAsync(dataSource, encoder, cancellationToken);
        logger.LogInformation("Retraining the classifier: the corpus plus {Labels} person labels, against {Active}.", labels.Count, active.Version);
        var outcome = await Task.Run(
            () => ChallengerTraining.Run(corpus.Notes, labels, active.Classifier, active.Classifier.Metadata.Options, active.Classifier.Embedder),
            cancellationToken);

        var version = ModelVersions.Retrained(outcome.Challenger.Metadata, clock.GetUtcNow());
        var scores = outcome.ChallengerScores;
        var model = new NewModel(
            version,
            ModelPackage.ToBytes(outcome.Challenger),
            ModelPackage.MetadataJsonOf(outcome.Challenger),
            outcome.Challenger.Metadata.TrainingNotes,
            outcome.PersonLabelsTrained,
            outcome.Decision.Reason,
            new StoredScores(scores.Development.TopicMacroF1, scores.Development.DirectionAccuracy, scores.Development.Notes),
            scores.HeldOut is { } heldOut ? new StoredScores(heldOut.TopicMacroF1, heldOut.DirectionAccuracy, heldOut.Notes) : null,
            active.Version);

        var activated = false;
        if (outcome.Decision.Activate)
        {
            activated = await store.AddActiveAsync(model, cancellationToken);
        }
        else
        {
            await store.AddRejectedAsync(model, cancellationToken);
        }

        logger.LogInformation("Challenger {Version}: {Reason}", version, outcome.Decision.Reason);
        if (activated)
        {
            await models.RefreshAsync(cancellationToken);

            // The sweep queues every note without the new model's result; after the poll interval every process classifies with it.
            services.GetService<IBackgroundJobClient>()?.Schedule<PipelineSweepJob>(
                sweep => sweep.RunAsync(CancellationToken.None), TimeSpan.FromSeconds(settings.ActiveModelPollSeconds + 1));
        }

        return new RetrainingResult(version, active.Version, activated, outcome.Decision.Reason, outcome);
    }
}
