using System.Diagnostics;
using MentorGraph.Api.Schema.Classification;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Loads the API's classifier in the background when the host starts, so that the first
/// <c>classifyNote</c> does not wait for the default model to be read or trained, and says so in the log:
/// what it is doing, every few seconds how far it has got (stage and share done), then how long it took.
/// <c>/health/ready</c> answers 503 (with the stage) until it is done. A failure is logged; the first
/// request that needs the classifier tries again.
/// </summary>
public sealed class ClassifierWarmup(ClassifierSource classifier, ILogger<ClassifierWarmup> logger) : BackgroundService
{
    /// <summary>How often the log says how loading goes.</summary>
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stopwatch = Stopwatch.StartNew();
        logger.LogInformation(
            "Loading the note classifier: the sentence encoder, then the cached built-in model, or training it from its corpus if there is none (10–45 s); /health/ready answers 503 until then.");
        var load = Task.Run(classifier.Get, CancellationToken.None);
        while (!load.IsCompleted)
        {
            // WhenAny does not throw for a cancelled delay: the host stopping is checked after it.
            await Task.WhenAny(load, Task.Delay(ReportEvery, stoppingToken));
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (!load.IsCompleted && classifier.Progress is { } progress)
            {
                logger.LogInformation("Loading the note classifier: {Stage} ({Percent:F0} %, {Seconds:F0} s).",
                    progress.Stage, progress.Fraction * 100, stopwatch.Elapsed.TotalSeconds);
            }
        }

        try
        {
            var loaded = await load;
            logger.LogInformation(
                "Note classifier ready in {Seconds:F1} s: {Source}, trained on {TrainingNotes} notes, sentence embeddings {EmbeddingModel}.",
                stopwatch.Elapsed.TotalSeconds, loaded.Source, loaded.Classifier.Metadata.TrainingNotes, loaded.Classifier.Metadata.EmbeddingModel ?? "none");
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The note classifier could not be loaded after {Seconds:F1} s; classifyNote will try again when asked.",
                stopwatch.Elapsed.TotalSeconds);
        }
    }
}
