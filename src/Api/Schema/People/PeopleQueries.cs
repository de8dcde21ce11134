using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.People;

/// <summary><c>Query.people</c> (the directory, by name unless ordered) and <c>Query.person</c>.</summary>
internal static class PeopleQueries
{
    public static SchemaBuilder AddPeopleQueries(this SchemaBuilder builder) => builder
        .ResolveConnection(
            "Query.people",
            PersonShape.Shape,
            context =>
            {
                var data = RequestData.Of(context);
                FilterGuard.Check(context, data);
                return data.Visible<Person>();
            },
            settings => settings.OrderByDefault(p => p.Name))
        .Resolve("Query.person", async context =>
            await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, Ids.ForArgument((string)context.Arguments["id"]!, NodeTypes.Person)));
}
