using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Lessons;

/// <summary><c>Query.lessons</c>, <c>Query.lesson</c> and <c>Query.lessonFeed</c> (the COMPANY lessons, newest first).</summary>
internal static class LessonQueries
{
    public static SchemaBuilder AddLessonQueries(this SchemaBuilder builder) => builder
        .ResolveConnection(
            "Query.lessons",
            LessonShape.Shape,
            context =>
            {
                var data = RequestData.Of(context);
                FilterGuard.Check(context, data);
                return data.Visible<Lesson>();
            },
            settings => settings.OrderByDefault(l => l.CreatedAt, descending: true))
        .ResolveConnection(
            "Query.lessonFeed",
            LessonShape.Shape,
            context => RequestData.Of(context).Visible<Lesson>().Where(l => l.Visibility == LessonVisibility.Company),
            settings => settings.OrderByDefault(l => l.CreatedAt, descending: true))
        .Resolve("Query.lesson", async context =>
            await Loaders.ByKeyAsync(context, LessonShape.Shape, l => l.Id, Ids.ForArgument((string)context.Arguments["id"]!, NodeTypes.Lesson)));
}
