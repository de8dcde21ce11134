using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.People;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Viewer;

/// <summary><c>Query.viewer</c>: who is signed in, from the request's one viewer lookup.</summary>
internal static class ViewerResolvers
{
    public static SchemaBuilder AddViewer(this SchemaBuilder builder) => builder
        .BindType<ViewerInfo>("Viewer")
        .Resolve("Query.viewer", async context => (await RequestData.GetAsync(context)).Viewer)
        .Resolve("Viewer.person", async context =>
            ((ViewerInfo)context.Source!).PersonId is { } id ? await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, id) : null);
}
