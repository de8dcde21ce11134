using Hangfire;
using MentorGraph.Api.Models;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Models;

namespace MentorGraph.Api.Schema.ClassifierModels;

/// <summary>The GraphQL type <c>ClassifierScores</c>.</summary>
public sealed record ClassifierScoresView(double TopicMacroF1, double DirectionAccuracy, int Notes);

/// <summary>
/// <c>classifierModels</c> (the rows of <c>classifier_models</c>, without their packages) and <c>retrainClassifier</c>,
/// which enqueues <see cref="RetrainClassifierJob"/> through Hangfire's client.
/// </summary>
internal static class ClassifierModelResolvers
{
    public static SchemaBuilder AddClassifierModels(this SchemaBuilder builder) => builder
        .BindEnum<ModelStatus>("ClassifierVersionStatus")
        .BindType<ClassifierModel>("ClassifierVersion")
        .BindType<ClassifierScoresView>("ClassifierScores")
        .BindType<RetrainClassifierPayload>("RetrainClassifierPayload")
        .Resolve("Query.classifierModels", async context =>
            await Store(context).ListAsync(context.CancellationToken))
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
            var jobId = services.GetRequiredService<IBackgroundJobClient>().Enqueue<RetrainClassifierJob>(job => job.RunAsync(CancellationToken.None));
            return new RetrainClassifierPayload(jobId, active);
        });

    private static ModelStore Store(GraphQL.Execution.IResolveFieldContext context) =>
        (context.Services ?? throw new InvalidOperationException("classifierModels needs the request's services.")).GetRequiredService<ModelStore>();

    private static ClassifierModel Model(GraphQL.Execution.IResolveFieldContext context) => (ClassifierModel)context.Source!;
}

/// <summary>The GraphQL type <c>RetrainClassifierPayload</c>.</summary>
public sealed record RetrainClassifierPayload(string JobId, string? ActiveModelVersion);
