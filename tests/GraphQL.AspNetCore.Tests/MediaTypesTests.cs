using MentorGraph.GraphQL.AspNetCore;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

public class MediaTypesTests
{
    [Fact]
    public void Negotiate_NoAcceptHeader_FallsBackToJson() =>
        Assert.Equal(MediaTypes.Json, MediaTypes.Negotiate(null));

    [Fact]
    public void Negotiate_GraphQLResponseAccepted_PicksIt() =>
        Assert.Equal(MediaTypes.GraphQLResponse, MediaTypes.Negotiate("application/graphql-response+json"));

    [Fact]
    public void Negotiate_BothAtEqualQuality_PrefersGraphQLResponse() =>
        Assert.Equal(MediaTypes.GraphQLResponse, MediaTypes.Negotiate("application/json, application/graphql-response+json"));

    [Fact]
    public void Negotiate_JsonPreferredByQuality_PicksJson() =>
        Assert.Equal(MediaTypes.Json, MediaTypes.Negotiate("application/graphql-response+json;q=0.5, application/json"));

    [Fact]
    public void Negotiate_Wildcard_PicksJson() =>
        Assert.Equal(MediaTypes.Json, MediaTypes.Negotiate("*/*"));

    [Fact]
    public void Negotiate_OnlyUnsupportedTypes_ReturnsNull() =>
        Assert.Null(MediaTypes.Negotiate("text/html, application/xml"));

    [Fact]
    public void Negotiate_UnsupportedCharset_ReturnsNull() =>
        Assert.Null(MediaTypes.Negotiate("application/json; charset=iso-8859-1"));

    [Fact]
    public void Negotiate_ZeroQuality_IsNotAccepted() =>
        Assert.Null(MediaTypes.Negotiate("application/json;q=0"));
}
