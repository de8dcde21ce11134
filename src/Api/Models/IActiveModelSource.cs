namespace MentorGraph.Api.Models;

/// <summary>
/// Gives the active model of this process. The one implementation, <see cref="DatabaseActiveModelSource"/>,
/// stores the built-in model as the first version when the database has none and follows activations
/// (every <c>Classifier:ActiveModelPollSeconds</c>), so every <c>serve</c> and <c>jobs</c> process
/// switches without a restart. Callers take one <see cref="ActiveModel"/> per unit of work (a batch)
/// and use it throughout.
/// </summary>
public interface IActiveModelSource
{
    /// <summary>The active model once loaded; null while the first load is still running.</summary>
    ActiveModel? Current { get; }

    /// <summary>The active model, waiting for the first load when it has not finished.</summary>
    Task<ActiveModel> GetAsync(CancellationToken cancellationToken = default);
}
