using System.Globalization;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;

namespace MentorGraph.Api.Models;

/// <summary>
/// The names of model versions (<c>classifier_models.version</c>, and <c>model_version</c> of every
/// result): the built-in model is <c>builtin-</c> and its <see cref="ModelIdentity"/> (the same in every
/// process that trains or loads it), a retrained challenger <c>retrained-</c>, the UTC time of its
/// training and the first 8 digits of its identity, so two retrainings never share a name.
/// </summary>
public static class ModelVersions
{
    public const string BuiltinPrefix = "builtin-";
    public const string RetrainedPrefix = "retrained-";

    public static string Builtin(ModelMetadata metadata) => BuiltinPrefix + ModelIdentity.Of(metadata);

    public static string Retrained(ModelMetadata metadata, DateTimeOffset trainedAt) =>
        RetrainedPrefix + trainedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + ModelIdentity.Of(metadata)[..8];
}
