using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Pairings;
using MentorGraph.Api.Schema.People;
using MentorGraph.Api.Schema.Sessions;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;
using ApiDirection = MentorGraph.Api.Schema.Classification.LearningDirection;

namespace MentorGraph.Api.Schema.Lessons;

/// <summary>
/// What clients filter and sort lessons on. The GraphQL enum <c>LearningDirection</c> has MUTUAL (for notes);
/// a lesson is UPWARD or DOWNWARD, so its column is compared as that enum (a CASE in SQL), and MUTUAL matches none.
/// A COMPANY lesson is read by everyone, its pairing and session only by their participants (and ADMIN): through
/// <c>pairing</c> and <c>session</c> a filter or an order sees only what the viewer may read
/// (<see cref="Privacy.Visibility.Guards"/>) — for anyone else they are as if absent, as the fields read null.
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
        .Object("pairing", l => l.Pairing, PairingShape.Shape)
        .Object("session", l => l.Session, SessionShape.Shape)
        // What the resolvers of Lesson's other fields read (the rest read the member named like them; see LessonResolvers).
        .Reads("topic", l => l.TopicId)
        .Reads("teacher", l => l.TeacherId)
        .Reads("learner", l => l.LearnerId)
        .Reads("pairing", l => l.PairingId)
        .Reads("session", l => l.SessionId);
}
