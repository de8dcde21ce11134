namespace MentorGraph.Persistence.Entities;

/// <summary>Who labelled something (a lesson's topic, a note's classification): a person or the classifier.</summary>
public enum LabelSource
{
    Person,
    Model,
}
