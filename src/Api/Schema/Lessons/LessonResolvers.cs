using ApiDirection = MentorGraph.Api.Schema.Classification.LearningDirection;
using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Pairings;
using MentorGraph.Api.Schema.People;
using MentorGraph.Api.Schema.Sessions;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Lessons;

/// <summary>
/// The type <c>Lesson</c>. The people, pairing and session load by key; the pairing and session are null when
/// the viewer may read the lesson (a COMPANY one, say) but not them.
/// </summary>
internal static class LessonResolvers
{
    public static SchemaBuilder AddLessonType(this SchemaBuilder builder) => builder
        .BindType<Lesson>("Lesson")
        .BindEnum<LessonVisibility>("LessonVisibility")
        .Resolve("Lesson.id", context => GlobalId.Encode(NodeTypes.Lesson, Source(context).Id))
        .Resolve("Lesson.direction", context => Source(context).Direction == LearningDirection.Upward ? ApiDirection.Upward : ApiDirection.Downward)
        .Resolve("Lesson.topic", context => Source(context).TopicId is { } topic ? TopicIds.Topic(topic) : null)
        .Resolve("Lesson.teacher", async context => await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, Source(context).TeacherId))
        .Resolve("Lesson.learner", async context => await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, Source(context).LearnerId))
        .Resolve("Lesson.pairing", async context => await Loaders.ByKeyAsync(context, PairingShape.Shape, p => p.Id, Source(context).PairingId))
        .Resolve("Lesson.session", async context =>
            Source(context).SessionId is { } id ? await Loaders.ByKeyAsync(context, SessionShape.Shape, s => s.Id, id) : null);

    private static Lesson Source(IResolveFieldContext context) => (Lesson)context.Source!;
}
