using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Lessons;

/// <summary>
/// <c>recordLesson</c>, <c>updateLesson</c>, <c>deleteLesson</c>: by either participant or an ADMIN. The learner
/// and the direction follow from the teacher (<see cref="LessonRules"/>): UPWARD when the junior taught.
/// </summary>
internal static class LessonMutations
{
    private const int TitleLength = 300;
    private const int DetailLength = 20_000;

    public static SchemaBuilder AddLessonMutations(this SchemaBuilder builder) => builder
        .BindPayload("RecordLessonPayload", typeof(ValidationError), typeof(NotFoundError), typeof(ForbiddenError))
        .BindPayload("UpdateLessonPayload", typeof(ValidationError), typeof(ConflictError), typeof(NotFoundError), typeof(ForbiddenError))
        .BindPayload("DeleteLessonPayload", typeof(ConflictError), typeof(NotFoundError), typeof(ForbiddenError), typeof(ValidationError))
        .Resolve<RecordLessonInput>("Mutation.recordLesson", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var token = context.CancellationToken;
            var pairing = await Mutations.LoadAsync<Pairing>(data, input.PairingId, NodeTypes.Pairing, "pairingId", token);
            CheckAllowed(data, pairing);
            var checks = new InputChecks();
            var lesson = new Lesson
            {
                Title = checks.Required(input.Title, "title", TitleLength),
                Detail = checks.Optional(input.Detail, "detail", DetailLength) ?? string.Empty,
                Visibility = input.Visibility,
                TopicId = input.Topic?.Name,
                TopicSource = input.Topic is null ? null : LabelSource.Person,
            };
            checks.ThrowIfAny();
            Mutations.Refuse(LessonRules.AssignTeacher(lesson, pairing, Ids.ForInput(input.TeacherId, NodeTypes.Person, "teacherId")));
            if (input.SessionId is not null)
            {
                var session = await Mutations.LoadAsync<Session>(data, input.SessionId, NodeTypes.Session, "sessionId", token);
                Mutations.Refuse(LessonRules.CheckSession(pairing, session));
                lesson.SessionId = session.Id;
            }

            data.Db.Lessons.Add(lesson);
            await Mutations.SaveAsync(data, token);
            return Payload.Success(lesson);
        })
        .Resolve<UpdateLessonInput>("Mutation.updateLesson", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var lesson = await Mutations.LoadAsync<Lesson>(data, input.LessonId, NodeTypes.Lesson, "lessonId", context.CancellationToken, q => q.Include(l => l.Pairing));
            CheckAllowed(data, lesson.Pairing);
            Mutations.CheckVersion(data, lesson, input.Version);
            var checks = new InputChecks();
            if (input.Title.HasValue)
            {
                lesson.Title = checks.Required(input.Title.Value, "title", TitleLength);
            }

            if (input.Detail.HasValue)
            {
                lesson.Detail = checks.Optional(input.Detail.Value, "detail", DetailLength) ?? string.Empty;
            }

            if (input.Visibility is { HasValue: true } visibility)
            {
                if (visibility.Value is { } value)
                {
                    lesson.Visibility = value;
                }
                else
                {
                    checks.Add(new ValidationError("visibility", Analytics.ValidationCodes.Empty, "visibility cannot be cleared."));
                }
            }

            if (input.Topic.HasValue)
            {
                lesson.TopicId = input.Topic.Value?.Name;
                lesson.TopicSource = input.Topic.Value is null ? null : LabelSource.Person;
            }

            if (input.TeacherId is { HasValue: true, Value: { } teacherId })
            {
                Mutations.Refuse(LessonRules.AssignTeacher(lesson, lesson.Pairing, Ids.ForInput(teacherId, NodeTypes.Person, "teacherId")));
            }

            checks.ThrowIfAny();
            await Mutations.SaveAsync(data, context.CancellationToken, lesson);
            return Payload.Success(lesson);
        })
        .Resolve<DeleteLessonInput>("Mutation.deleteLesson", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var lesson = await Mutations.LoadAsync<Lesson>(data, input.LessonId, NodeTypes.Lesson, "lessonId", context.CancellationToken, q => q.Include(l => l.Pairing));
            CheckAllowed(data, lesson.Pairing);
            Mutations.CheckVersion(data, lesson, input.Version);
            data.Db.Lessons.Remove(lesson);
            await Mutations.SaveAsync(data, context.CancellationToken, lesson);
            return Payload.Success(lesson);
        });

    private static void CheckAllowed(RequestData data, Pairing pairing)
    {
        var viewer = data.Viewer;
        if (!viewer.IsAdmin && !PairingRules.IsParticipant(pairing, viewer.PersonId ?? 0))
        {
            throw new PayloadErrorException(new ForbiddenError(null, "Only the pairing's participants or an ADMIN record and change its lessons."));
        }
    }
}
