using MentorGraph.Api.Schema.Classification;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorGraph.Api.Hosting.Health;

/// <summary>
/// Readiness: the note classifier is loaded, so <c>classifyNote</c> answers at once instead of waiting for
/// the built-in model to be read or trained. Never starts a load itself (<see cref="ClassifierWarmup"/> does).
/// </summary>
public sealed class ClassifierHealthCheck(ClassifierSource classifier) : IHealthCheck
{
    public const string Name = "classifier";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = classifier.State switch
        {
            ClassifierState.Ready => HealthCheckResult.Healthy("ready"),
            ClassifierState.Loading => HealthCheckResult.Unhealthy("loading", data: Loading()),
            ClassifierState.Failed => HealthCheckResult.Unhealthy("failed"),
            _ => HealthCheckResult.Unhealthy("not loaded"),
        };
        return Task.FromResult(result);
    }

    private Dictionary<string, object> Loading()
    {
        var data = new Dictionary<string, object> { ["loadingForSeconds"] = Math.Round(classifier.LoadingFor.TotalSeconds, 1) };
        if (classifier.Progress is { } progress)
        {
            data["stage"] = progress.Stage;
            data["progress"] = Math.Round(progress.Fraction, 2);
        }

        return data;
    }
}
