using MentorGraph.Api.Hosting;
using MentorGraph.GraphQL;
using Microsoft.Extensions.Configuration;

namespace MentorGraph.Api.Tests.Hosting;

public class GraphQLConfigurationTests
{
    [Fact]
    public void Read_NoSection_GivesTheDefaults()
    {
        Assert.Equal(new GraphQLOptions().MaxQueryDepth, GraphQLConfiguration.Read(Configuration([])).MaxQueryDepth);
    }

    [Fact]
    public void Read_BindsEveryLimit()
    {
        var options = GraphQLConfiguration.Read(Configuration(new()
        {
            ["GraphQL:MaxDocumentLength"] = "1000",
            ["GraphQL:MaxTokens"] = "200",
            ["GraphQL:MaxParserDepth"] = "20",
            ["GraphQL:MaxQueryDepth"] = "0",
            ["GraphQL:MaxQueryCost"] = "300",
            ["GraphQL:DefaultListSize"] = "25",
            ["GraphQL:DocumentCacheSize"] = "0",
            ["GraphQL:MaxValidationErrors"] = "5",
            ["GraphQL:MaxRequestBytes"] = "4096",
        }));

        Assert.Equal(
            new GraphQLOptions
            {
                MaxDocumentLength = 1000, MaxTokens = 200, MaxParserDepth = 20, MaxQueryDepth = 0, MaxQueryCost = 300,
                DefaultListSize = 25, DocumentCacheSize = 0, MaxValidationErrors = 5, MaxRequestBytes = 4096,
                ListSizeArguments = options.ListSizeArguments,
            },
            options);
    }

    [Fact]
    public void Read_ListSizeArguments_ReplaceTheDefaults()
    {
        var options = GraphQLConfiguration.Read(Configuration(new()
        {
            ["GraphQL:ListSizeArguments:0"] = "take",
            ["GraphQL:ListSizeArguments:1"] = "pageSize",
        }));

        Assert.Equal(["take", "pageSize"], options.ListSizeArguments);
    }

    [Fact]
    public void Read_NotANumber_NamesTheKey()
    {
        var error = Assert.Throws<MentorGraph.Api.Configuration.SettingsException>(() =>
            GraphQLConfiguration.Read(Configuration(new() { ["GraphQL:MaxTokens"] = "lots" })));

        Assert.Contains("MaxTokens", error.Message);
    }

    [Fact]
    public void Read_ZeroRequestBytes_IsRefused()
    {
        var error = Assert.Throws<MentorGraph.Api.Configuration.SettingsException>(() =>
            GraphQLConfiguration.Read(Configuration(new() { ["GraphQL:MaxRequestBytes"] = "0" })));

        Assert.Contains("GraphQL:MaxRequestBytes must be at least 1 (it is 0).", error.Message);
    }

    [Fact]
    public void Read_TrustedDocumentSettings_BindAndAreChecked()
    {
        var options = GraphQLConfiguration.Read(Configuration(new() { ["GraphQL:TrustedDocumentsOnly"] = "true", ["GraphQL:PersistedDocumentCacheSize"] = "0" }));
        var notABoolean = Assert.Throws<MentorGraph.Api.Configuration.SettingsException>(() =>
            GraphQLConfiguration.Read(Configuration(new() { ["GraphQL:TrustedDocumentsOnly"] = "sometimes" })));
        var negative = Assert.Throws<MentorGraph.Api.Configuration.SettingsException>(() =>
            GraphQLConfiguration.Read(Configuration(new() { ["GraphQL:PersistedDocumentCacheSize"] = "-1" })));

        Assert.True(options.TrustedDocumentsOnly);
        Assert.Equal(0, options.PersistedDocumentCacheSize);
        Assert.Contains("TrustedDocumentsOnly", notABoolean.Message);
        Assert.Contains("GraphQL:PersistedDocumentCacheSize must be 0 (off) or more (it is -1).", negative.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
