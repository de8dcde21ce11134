using Hangfire;
using MentorGraph.Api.Models;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Models;

namespace MentorGraph.Api.Schema.ClassifierModels;

/// <summary>The GraphQL type <c>ClassifierScores</c>.</summary>
public sealed record ClassifierScoresView(double TopicMacroF1, double DirectionAccuracy, int Notes);

/// <summary>
/// <c>classifierModels</c> (the rows of <c>classifier_models</c>, without their packages), <c>activeClassifier</c> (the
/// ACTIVE row, for the executives' dashboard) and <c>retrainClassifier</c>,
/// which enqueues <see cref="RetrainClassifierJob"/> through <see cref="RetrainingRequests"/> (one at a time: a second
/// request while one is queued or running is a <see cref="RetrainingInProgressError"/>).
/// </summary>
internal static class ClassifierModelResolvers
{
    public static SchemaBuilder AddClassifierModels(this SchemaBuilder builder) => builder
        .BindEnum<ModelStatus>("ClassifierVersionStatus")
        .BindType<ClassifierModel>("ClassifierVersion")
        .BindType<ClassifierScoresView>("ClassifierScores")
        .BindType<ClassifierRetrainingView>("ClassifierRetraining")
        .BindError<RetrainingInProgressError>("RetrainingInProgressError")
        .BindPayload("RetrainClassifierPayload", typeof(RetrainingInProgressError))
        .Resolve("Query.classifierModels", async context =>
            await Store(context).ListAsync(context.CancellationToken))
        .Resolve("Query.activeClassifier", async context =>
            await Store(context).GetActiveAsync(context.CancellationToken))
        .Resolve("ClassifierVersion.active", context => Model(context).Status == ModelStatus.Active)
        .Resolve("ClassifierVersion.developmentScores", context => Model(context) is { DevTopicMacroF1: { } topic, DevDirectionAccuracy: { } direction, DevNotes: { } notes }
            ? new ClassifierScoresView(topic, direction, notes)
            : null)
        .Resolve("ClassifierVersion.heldOutScores", context => Model(context) is { HeldOutTopicMacroF1: { } topic, HeldOutDirectionAccuracy: { } direction, HeldOutNotes: { } notes }
            ? new ClassifierScoresView(topic, direction, notes)
            : null)
        .Resolve("Mutation.retrainClassifier", async context =>
        {
            var services = context.Services ?? throw new InvalidOperationException("retrainClassifier needs the request's services.");
            var active = await services.GetRequiredService<ModelStore>().GetActiveVersionAsync(context.CancellationToken);
            var request = services.GetRequiredService<RetrainingRequests>().Request();
            return request.Queued
                ? Payload.Success(new ClassifierRetrainingView(request.JobId, active))
                : Payload.Failure(RetrainingInProgressError.For(request));
        });

    private static ModelStore Store(GraphQL.Execution.IResolveFieldContext context) =>
        (context.Services ?? throw new InvalidOperationException("classifierModels needs the request's services.")).GetRequiredService<ModelStore>();

    private static ClassifierModel Model(GraphQL.Execution.IResolveFieldContext context) => (ClassifierModel)context.Source!;
}

/// <summary>The GraphQL type <c>ClassifierRetraining</c>: the queued job.</summary>
public sealed record ClassifierRetrainingView(string JobId, string? ActiveModelVersion);

/// <summary>
/// The GraphQL type <c>RetrainingInProgressError</c> (code <c>RETRAINING_IN_PROGRESS</c>): a retraining is already queued
/// or running, so none was added; <see cref="JobId"/> is that job.
/// </summary>
public sealed record RetrainingInProgressError(string JobId, string State, string Message) : PayloadError(ErrorCode, Message)
{
    public const string ErrorCode = "RETRAINING_IN_PROGRESS";

    public static RetrainingInProgressError For(RetrainingRequest request) => new(
        request.JobId,
        request.State.ToUpperInvariant(),
        $"A retraining is already {request.State.ToLowerInvariant()} (job {request.JobId}); nothing new was queued. See classifierModels when it has finished.");
}
