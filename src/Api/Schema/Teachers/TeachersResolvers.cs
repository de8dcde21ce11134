using MentorGraph.Api.Configuration;
using MentorGraph.Api.Schema.Common;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Matching;
using ApiDirection = MentorGraph.Api.Schema.Classification.LearningDirection;

namespace MentorGraph.Api.Schema.Teachers;

/// <summary>The arguments of <c>Query.teachersFor</c>.</summary>
public sealed record TeachersForArguments(Analytics.TopicDefinition Topic, ApiDirection? Direction, int? First)
{
    /// <summary>The page size asked for; an explicit null means the default, 10.</summary>
    public int Size => First ?? 10;
}

/// <summary>The GraphQL type <c>TeacherRanking</c>: the person loads by key through the <c>Person</c> type's visibility rule.</summary>
public sealed record TeacherRankingView(long PersonId, int LessonsTaught, int Upward, int Downward, int Mutual, int ClassifiedNotes);

/// <summary>
/// <c>teachersFor</c> (EXECUTIVE, ANALYST, ADMIN — the SDL's <c>@authorize</c>): the ranking is
/// <see cref="TeacherRankingQuery"/>'s, the threshold and the largest page <see cref="TeachersSettings"/>'; each
/// teacher's <c>person</c> is loaded by the one by-key loader of people, so a page of teachers costs one more statement.
/// </summary>
internal static class TeachersResolvers
{
    public static SchemaBuilder AddTeachers(this SchemaBuilder builder) => builder
        .BindType<TeacherRankingView>("TeacherRanking")
        .Resolve("TeacherRanking.person", async context =>
        {
            var view = (TeacherRankingView)context.Source!;
            return await Loaders.ByKeyAsync<Person>(context, p => p.Id, view.PersonId)
                ?? throw new InvalidOperationException($"Person {view.PersonId} ranked as a teacher is not visible.");
        })
        .ResolveArguments<TeachersForArguments>("Query.teachersFor", async (arguments, context) =>
        {
            var services = context.Services ?? throw new InvalidOperationException("teachersFor needs the request's services.");
            var settings = services.GetRequiredService<TeachersSettings>();
            if (arguments.Size < 1 || arguments.Size > settings.MaxFirst)
            {
                throw new GraphQLException($"first must be from 1 to {settings.MaxFirst} (it is {arguments.Size}).", ErrorCodes.BadUserInput);
            }

            var direction = arguments.Direction switch
            {
                null => null,
                ApiDirection.Upward => "UPWARD",
                ApiDirection.Downward => "DOWNWARD",
                _ => throw new GraphQLException("Lessons are taught one way: direction takes UPWARD or DOWNWARD, or none for both.", ErrorCodes.BadUserInput),
            };
            var teachers = await services.GetRequiredService<TeacherRankingQuery>().ReadAsync(
                arguments.Topic.Name, direction, settings.MinimumLessons, arguments.Size, context.CancellationToken);
            return teachers.Select(t => new TeacherRankingView(t.PersonId, t.LessonsTaught, t.Upward, t.Downward, 0, t.ClassifiedNotes)).ToList();
        });
}
