using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Lessons;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Pairings;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.People;

/// <summary>
/// The type <c>Person</c>: an EF row (<see cref="Person"/>) whose related data loads through DataLoaders — the
/// department by key, the topics by person, the pairings and lessons as batched pages of every person of a level.
/// </summary>
internal static class PersonResolvers
{
    public static SchemaBuilder AddPersonType(this SchemaBuilder builder) => builder
        .BindType<Person>("Person")
        .BindEnum<Band>("Band")
        .Resolve("Person.id", context => GlobalId.Encode(NodeTypes.Person, Source(context).Id))
        .Resolve("Person.email", context => Email(context))
        .Resolve("Person.department", async context =>
            Source(context).DepartmentId is { } id ? await Loaders.ByKeyAsync<Department>(context, d => d.Id, id) : null)
        .Resolve("Person.canTeach", async context => TopicIds.InOrder(
            (await Loaders.GroupAsync<PersonCanTeach>(context, "Person.canTeach", t => t.PersonId, Source(context).Id, q => q)).Select(t => t.TopicId)))
        .Resolve("Person.wantsToLearn", async context => TopicIds.InOrder(
            (await Loaders.GroupAsync<PersonWantsToLearn>(context, "Person.wantsToLearn", t => t.PersonId, Source(context).Id, q => q)).Select(t => t.TopicId)))
        .ResolveBatchedConnection<Person, long, Pairing>(
            "Person.pairings",
            PairingShape.Shape,
            p => p.Id,
            context => RequestData.Of(context).Db.People,
            (context, keys) =>
            {
                var batch = keys.ToList();
                var pairings = Guarded(context).Visible<Pairing>().Where(x => batch.Contains(x.SeniorId) || batch.Contains(x.JuniorId));
                return p => pairings.Where(x => x.SeniorId == p.Id || x.JuniorId == p.Id);
            },
            settings => settings.OrderByDefault(x => x.ProposedAt, descending: true))
        .ResolveBatchedConnection<Person, long, Lesson>(
            "Person.lessonsTaught",
            LessonShape.Shape,
            p => p.Id,
            context => RequestData.Of(context).Db.People,
            (context, keys) =>
            {
                var batch = keys.ToList();
                var lessons = Guarded(context).Visible<Lesson>().Where(l => batch.Contains(l.TeacherId));
                return p => lessons.Where(l => l.TeacherId == p.Id);
            },
            settings => settings.OrderByDefault(l => l.CreatedAt, descending: true))
        .ResolveBatchedConnection<Person, long, Lesson>(
            "Person.lessonsLearned",
            LessonShape.Shape,
            p => p.Id,
            context => RequestData.Of(context).Db.People,
            (context, keys) =>
            {
                var batch = keys.ToList();
                var lessons = Guarded(context).Visible<Lesson>().Where(l => batch.Contains(l.LearnerId));
                return p => lessons.Where(l => l.LearnerId == p.Id);
            },
            settings => settings.OrderByDefault(l => l.CreatedAt, descending: true));

    /// <summary>Only the person themself and ADMIN read an email; anyone else gets null (the person stays).</summary>
    private static string? Email(IResolveFieldContext context)
    {
        var person = Source(context);
        var viewer = RequestData.Of(context).Viewer;
        return viewer.IsAdmin || viewer.PersonId == person.Id ? person.Email : null;
    }

    private static RequestData Guarded(IResolveFieldContext context)
    {
        var data = RequestData.Of(context);
        FilterGuard.Check(context, data);
        return data;
    }

    private static Person Source(IResolveFieldContext context) => (Person)context.Source!;
}
