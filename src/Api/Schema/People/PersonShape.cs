using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Departments;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.People;

/// <summary>
/// What clients filter and sort people on. Email is a filter only (never an order), and only for ADMIN
/// (<see cref="Privacy.FilterGuard"/>): members do not see emails, so they may not probe them either.
/// </summary>
public static class PersonShape
{
    public static EntityShape<Person> Shape { get; } = new EntityShape<Person>(NodeTypes.Person)
        .Key(p => p.Id)
        .Id("id", p => p.Id, GlobalId.Parser(NodeTypes.Person))
        .Field("name", p => p.Name)
        .Field("email", p => p.Email, FieldUse.Filter)
        .Field("title", p => p.Title)
        .Enum("band", p => p.Band, "Band")
        .Field("active", p => p.Active)
        .Object("department", p => p.Department, DepartmentShape.Shape)
        .List("canTeach", p => p.CanTeach.Select(t => t.Topic), TopicShape.Shape)
        .List("wantsToLearn", p => p.WantsToLearn.Select(t => t.Topic), TopicShape.Shape)
        // What the resolvers of Person's other fields read (the rest read the member named like them; see PersonResolvers).
        .Reads("department", p => p.DepartmentId)
        .Reads("canTeach")
        .Reads("wantsToLearn")
        .Reads("pairings")
        .Reads("lessonsTaught")
        .Reads("lessonsLearned");
}
