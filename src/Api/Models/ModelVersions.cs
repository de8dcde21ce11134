using System.Globalization;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Api.Pipeline;

namespace MentorGraph.Api.Models;

/// <summary>
/// The names of model versions (<c>classifier_models.version</c>, and <c>model_version</c> of every
/// result): the built-in model's is <see cref="BuiltInActiveModel.VersionOf"/>'s (<c>builtin-</c>, the pipeline
/// version and the training set's hash: the same in every process that trains or loads it), a retrained
/// challenger's <c>retrained-</c>, the UTC time of its training and the first 8 digits of its
/// <see cref="ModelIdentity"/>, so two retrainings never share a name.
/// </summary>
public static class ModelVersions
{
    public const string RetrainedPrefix = "retrained-";

    public static string Builtin(ModelMetadata metadata) => BuiltInActiveModel.VersionOf(metadata);

    public static string Retrained(ModelMetadata metadata, DateTimeOffset trainedAt) =>
        RetrainedPrefix + trainedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + ModelIdentity.Of(metadata)[..8];
}
