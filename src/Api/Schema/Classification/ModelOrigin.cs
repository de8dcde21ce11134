using MentorGraph.Analytics.DefaultModel;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>
/// Where this process got the model that answers from: the GraphQL enum <c>ModelSource</c>. The first three are how
/// the built-in model was loaded (Analytics' <see cref="DefaultModelSource"/>); <see cref="Database"/> is a version
/// read from <c>classifier_models</c> (a retrained model that <c>retrainClassifier</c> activated), which Analytics,
/// knowing nothing of the database, cannot name.
/// </summary>
public enum ModelOrigin
{
    Cache,
    TrainedAndCached,
    TrainedInMemory,
    Database,
}

internal static class ModelOrigins
{
    public static ModelOrigin Of(DefaultModelSource source) => source switch
    {
        DefaultModelSource.Cache => ModelOrigin.Cache,
        DefaultModelSource.TrainedAndCached => ModelOrigin.TrainedAndCached,
        _ => ModelOrigin.TrainedInMemory,
    };
}
