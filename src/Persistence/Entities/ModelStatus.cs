namespace MentorGraph.Persistence.Entities;

/// <summary>Where a classifier model stands (<c>classifier_models.status</c>).</summary>
public enum ModelStatus
{
    /// <summary>The model every process classifies with; at most one.</summary>
    Active,

    /// <summary>A challenger that did not beat the model in use; kept with its scores and the reason.</summary>
    Rejected,

    /// <summary>Was active; a better model replaced it.</summary>
    Retired,
}
