using MentorGraph.Api.Auth;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Topics;
using MentorGraph.GraphQL.Conventions.Authorization;
using MentorGraph.GraphQL.Types;
using GraphQLSchema = MentorGraph.GraphQL.Types.Schema;

namespace MentorGraph.Api.Schema;

/// <summary>
/// The schema the API serves: the SDL in <c>schema.graphql</c> (compiled into the assembly; the API's
/// contract) with the resolvers of each area bound to it. The engine knows nothing of it. Who may read
/// what is declared in the SDL (<c>@authorize</c>, <c>@allowAnonymous</c>) and applied by the engine's
/// <see cref="AuthorizationConvention"/> to the user the HTTP layer put in the request (<see cref="ViewerUser"/>).
/// </summary>
public static class ApiSchema
{
    private const string ResourceName = "MentorGraph.Api.Schema.schema.graphql";

    /// <summary>The checked-in SDL, as written.</summary>
    public static string Sdl { get; } = ReadSdl();

    /// <summary>Builds the served schema; throws <see cref="SchemaBuildException"/> if the SDL and the resolvers disagree.</summary>
    /// <param name="classifier">The classifier behind <c>classifier</c> and <c>classifyNote</c>; loaded on first use.</param>
    /// <param name="time">The clock of <c>classifiedAt</c>.</param>
    public static GraphQLSchema Build(ClassifierSource classifier, TimeProvider time) => Build(Sdl, classifier, time);

    /// <summary>The served resolvers bound to another SDL (tests: what the build says when the SDL and the code disagree).</summary>
    internal static GraphQLSchema Build(string sdl, ClassifierSource classifier, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(time);
        return new SchemaBuilder()
            .AddTypeDefinitions(sdl, "schema.graphql")
            .AddErrors()
            .AddTopics()
            .AddClassifier(classifier, time)
            .UseAuthorization(new AuthorizationOptions { User = ViewerUser.Of })
            .Build();
    }

    /// <summary>The served schema with the built-in classifier and the system clock.</summary>
    /// <remarks>For tools that never run a resolver (<c>schema</c>, <c>validate</c>): the classifier is never loaded, and has no model cache.</remarks>
    public static GraphQLSchema BuildDefault() => Build(ClassifierSource.Default(TimeProvider.System, cacheDirectory: null), TimeProvider.System);

    private static string ReadSdl()
    {
        using var stream = typeof(ApiSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The schema resource '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
