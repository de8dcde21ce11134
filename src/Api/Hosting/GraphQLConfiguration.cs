using MentorGraph.Api.Configuration;
using MentorGraph.GraphQL;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Reads the engine's limits (<see cref="GraphQLOptions"/>) from the configuration section <c>GraphQL</c>
/// (e.g. <c>GraphQL__MaxQueryDepth=20</c> in the environment). An unknown key or a value out of range
/// stops the host at startup with a message naming it (<see cref="SettingsException"/>).
/// </summary>
public static class GraphQLConfiguration
{
    public const string SectionName = "GraphQL";

    public static GraphQLOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        GraphQLOptions options;
        try
        {
            var section = configuration.GetSection(SectionName);
            options = section.Get<GraphQLOptions>(binder => binder.ErrorOnUnknownConfiguration = true) ?? new GraphQLOptions();

            // The binder appends configured list items to the defaults; configured ones replace them here.
            if (section.GetSection(nameof(GraphQLOptions.ListSizeArguments)).Get<string[]>() is { Length: > 0 } listSizeArguments)
            {
                options = options with { ListSizeArguments = listSizeArguments };
            }
        }
        catch (InvalidOperationException e)
        {
            throw new SettingsException($"The configuration section '{SectionName}' is invalid: {e.Message}", e);
        }

        var problems = Problems(options).ToList();
        return problems.Count == 0
            ? options
            : throw new SettingsException(
                $"The configuration section '{SectionName}' is invalid: {string.Join(" ", problems)}");
    }

    private static IEnumerable<string> Problems(GraphQLOptions options)
    {
        foreach (var (name, value) in new (string, int)[]
                 {
                     (nameof(options.MaxDocumentLength), options.MaxDocumentLength),
                     (nameof(options.MaxTokens), options.MaxTokens),
                     (nameof(options.MaxParserDepth), options.MaxParserDepth),
                     (nameof(options.MaxRequestBytes), options.MaxRequestBytes),
                     (nameof(options.MaxJsonDepth), options.MaxJsonDepth),
                     (nameof(options.MaxValidationErrors), options.MaxValidationErrors),
                     (nameof(options.MaxFieldMergeComparisons), options.MaxFieldMergeComparisons),
                 })
        {
            if (value < 1)
            {
                yield return $"{SectionName}:{name} must be at least 1 (it is {value}).";
            }
        }

        foreach (var (name, value) in new (string, int)[]
                 {
                     (nameof(options.MaxQueryDepth), options.MaxQueryDepth),
                     (nameof(options.MaxQueryCost), options.MaxQueryCost),
                     (nameof(options.DefaultListSize), options.DefaultListSize),
                     (nameof(options.DocumentCacheSize), options.DocumentCacheSize),
                     (nameof(options.PersistedDocumentCacheSize), options.PersistedDocumentCacheSize),
                 })
        {
            if (value < 0)
            {
                yield return $"{SectionName}:{name} must be 0 (off) or more (it is {value}).";
            }
        }
    }
}
