using System.Diagnostics;
using MentorGraph.Api.Schema.Classification;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Loads the API's classifier in the background when the host starts, so that the first
/// <c>classifyNote</c> does not wait for the default model to be read or trained, and says so in the log:
/// what it is doing, then how long it took. <c>/health/ready</c> answers 503 until it is done. A failure is
/// logged; the first request that needs the classifier tries again.
/// </summary>
public sealed class ClassifierWarmup(ClassifierSource classifier, ILogger<ClassifierWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var stopwatch = Stopwatch.StartNew();
        logger.LogInformation(
            "Loading the note classifier: reading the cached built-in model, or training it from its corpus if there is none (up to a minute); /health/ready answers 503 until then.");
        try
        {
            var loaded = classifier.Get();
            logger.LogInformation(
                "Note classifier ready in {Seconds:F1} s: {Source}, trained on {TrainingNotes} notes.",
                stopwatch.Elapsed.TotalSeconds, loaded.Source, loaded.Classifier.Metadata.TrainingNotes);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The note classifier could not be loaded after {Seconds:F1} s; classifyNote will try again when asked.",
                stopwatch.Elapsed.TotalSeconds);
        }
    }, stoppingToken);
}
