using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Pairings;
using MentorGraph.Api.Schema.People;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;
using ApiDirection = MentorGraph.Api.Schema.Classification.LearningDirection;

namespace MentorGraph.Api.Schema.Lessons;

/// <summary>
/// What clients filter and sort lessons on. The GraphQL enum <c>LearningDirection</c> has MUTUAL (for notes);
/// a lesson is UPWARD or DOWNWARD, so its column is compared as that enum (a CASE in SQL), and MUTUAL matches none.
/// </summary>
public static class LessonShape
{
    public static EntityShape<Lesson> Shape { get; } = new EntityShape<Lesson>(NodeTypes.Lesson)
        .Key(l => l.Id)
        .Id("id", l => l.Id, GlobalId.Parser(NodeTypes.Lesson))
        .Field("title", l => l.Title)
        .Enum("direction", l => l.Direction == LearningDirection.Upward ? ApiDirection.Upward : ApiDirection.Downward, "LearningDirection")
        .Enum("visibility", l => l.Visibility, "LessonVisibility")
        .Enum("topicSource", l => l.TopicSource, "LabelSource")
        .Field("createdAt", l => l.CreatedAt)
        .Object("topic", l => l.Topic, TopicShape.Shape)
        .Object("teacher", l => l.Teacher, PersonShape.Shape)
        .Object("learner", l => l.Learner, PersonShape.Shape)
        .Object("pairing", l => l.Pairing, PairingShape.Shape);
}
