using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Sessions;

/// <summary><c>Query.sessions</c> (latest scheduled first unless ordered) and <c>Query.session</c>.</summary>
internal static class SessionQueries
{
    public static SchemaBuilder AddSessionQueries(this SchemaBuilder builder) => builder
        .ResolveConnection(
            "Query.sessions",
            SessionShape.Shape,
            context =>
            {
                var data = RequestData.Of(context);
                FilterGuard.Check(context, data);
                return data.Visible<Session>();
            },
            settings => settings.OrderByDefault(s => s.ScheduledAt, descending: true))
        .Resolve("Query.session", async context =>
            await Loaders.ByKeyAsync(context, SessionShape.Shape, s => s.Id, Ids.ForArgument((string)context.Arguments["id"]!, NodeTypes.Session)));
}
