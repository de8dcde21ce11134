using System.Reflection;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Data;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.ClassifierModels;
using MentorGraph.Api.Schema.Departments;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Feedback;
using MentorGraph.Api.Schema.Labels;
using MentorGraph.Api.Schema.Insights;
using MentorGraph.Api.Schema.Lessons;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Notes;
using MentorGraph.Api.Schema.Pairings;
using MentorGraph.Api.Schema.People;
using MentorGraph.Api.Schema.Pipeline;
using MentorGraph.Api.Schema.Programs;
using MentorGraph.Api.Schema.Sessions;
using MentorGraph.Api.Schema.Suggestions;
using MentorGraph.Api.Schema.Teachers;
using MentorGraph.Api.Schema.Topics;
using MentorGraph.Api.Schema.Viewer;
using MentorGraph.GraphQL.Conventions.Authorization;
using MentorGraph.GraphQL.Data;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Types;
using GraphQLSchema = MentorGraph.GraphQL.Types.Schema;

namespace MentorGraph.Api.Schema;

/// <summary>
/// The schema the API serves, schema-first: hand-written SDL, one file per area (<c>schema.graphql</c> at the root
/// with the schema's directives, scalars, the taxonomy and the classifier; <c>People/People.graphql</c>,
/// <c>Pairings/Pairings.graphql</c>, ... each adding its types and <c>extend type Query</c>/<c>Mutation</c>), all
/// compiled into the assembly, with each area's resolvers bound to it. The engine generates the filter, sort and
/// connection types from the areas' entity shapes; the full printed schema (<c>mentorgraph schema</c>,
/// <c>GET /graphql/schema.graphql</c>) is kept as a snapshot by the tests. Who may run what is declared in the SDL
/// (<c>@authorize</c>, <c>@allowAnonymous</c>) and applied by the engine's <see cref="AuthorizationConvention"/>;
/// which rows a viewer reads is <see cref="Privacy.Visibility"/>'s — also the rows a filter or an order reaches through a
/// navigation (<see cref="RequestData.Guards"/>, handed to the engine as <see cref="DataOptions.Guards"/>).
/// </summary>
public static class ApiSchema
{
    private const string ResourcePrefix = "Schema/";
    private const string RootFile = "schema.graphql";

    /// <summary>Every SDL file, by its path under <c>src/Api/Schema</c>: the root file first, then the areas by path.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files { get; } = ReadFiles();

    /// <summary>The root SDL file, <c>schema.graphql</c>, as written.</summary>
    public static string Sdl => Files[0].Text;

    /// <summary>Builds the served schema; throws <see cref="SchemaBuildException"/> if the SDL and the resolvers disagree.</summary>
    /// <param name="classifier">The classifier behind <c>classifier</c> and <c>classifyNote</c>; loaded on first use.</param>
    /// <param name="time">The clock of <c>classifiedAt</c>.</param>
    /// <param name="paging">The page sizes of every connection (also their <c>@listSize</c>).</param>
    public static GraphQLSchema Build(ClassifierSource classifier, TimeProvider time, PagingSettings? paging = null) => Build(Sdl, classifier, time, paging);

    /// <summary>The served resolvers bound to another root SDL file (tests: what the build says when the SDL and the code disagree).</summary>
    internal static GraphQLSchema Build(string rootSdl, ClassifierSource classifier, TimeProvider time, PagingSettings? paging = null)
    {
        ArgumentNullException.ThrowIfNull(rootSdl);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(time);
        paging ??= new PagingSettings();
        var builder = new SchemaBuilder().AddTypeDefinitions(rootSdl, RootFile);
        foreach (var (path, text) in Files.Skip(1))
        {
            builder.AddTypeDefinitions(text, path);
        }

        return builder
            .UseDataOptions(new DataOptions
            {
                DefaultPageSize = paging.DefaultPageSize,
                MaxPageSize = paging.MaxPageSize,
                StringMatching = PostgresStringMatching.Instance,
                QueryRunner = EfQueryRunner.Instance,
                Guards = context => RequestData.Of(context).Guards,

                // PostgreSQL sorts nulls as greatest: ORDER BY started_at, id uses the (started_at, id) index.
                NullsSortGreatest = true,
            })
            .AddErrors()
            .AddTopics()
            .AddClassifier(classifier, time)
            .AddNodes()
            .AddViewer()
            .AddDepartments()
            .AddPersonType()
            .AddPeopleQueries()
            .AddPeopleMutations()
            .AddPrograms()
            .AddPairingType()
            .AddPairingQueries()
            .AddPairingMutations()
            .AddSessionType()
            .AddSessionQueries()
            .AddSessionMutations()
            .AddNoteTypes()
            .AddNoteMutations()
            .AddPipeline()
            .AddLabels()
            .AddClassifierModels()
            .AddFeedback()
            .AddLessonType()
            .AddLessonQueries()
            .AddLessonMutations()
            .AddInsights()
            .AddParticipation()
            .AddEngagement()
            .AddTopicTrendRows()
            .AddTeachers()
            .AddSuggestions()
            .UseAuthorization(new AuthorizationOptions { User = ViewerUser.Of })
            .Build();
    }

    /// <summary>The served schema with the built-in classifier, the system clock and the default page sizes.</summary>
    /// <remarks>For tools that never run a resolver (<c>schema</c>, <c>validate</c>): the classifier is never loaded, and has no model cache.</remarks>
    public static GraphQLSchema BuildDefault() => Build(ClassifierSource.Default(TimeProvider.System, cacheDirectory: null), TimeProvider.System);

    private static List<(string Path, string Text)> ReadFiles()
    {
        var assembly = typeof(ApiSchema).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".graphql", StringComparison.Ordinal))
            .Select(name => (Path: name[ResourcePrefix.Length..], Text: Read(assembly, name)))
            .OrderBy(file => file.Path == RootFile ? 0 : 1)
            .ThenBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0 || files[0].Path != RootFile)
        {
            throw new InvalidOperationException($"The schema resource '{ResourcePrefix}{RootFile}' is missing from the assembly.");
        }

        return files;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
