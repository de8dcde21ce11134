using Microsoft.AspNetCore.Http;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>How the HTTP endpoint hands request state to resolvers.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Builds the per-request user context (e.g. the signed-in user) from the HTTP request.</summary>
    public Func<HttpContext, IDictionary<string, object?>>? CreateUserContext { get; set; }

    /// <summary>
    /// Answers a browser that opens the endpoint: a GET request with no <c>query</c> parameter whose Accept
    /// header lists <c>text/html</c> (such a request is not a GraphQL request, which would need a query).
    /// The host serves its GraphiQL or explorer page here; when null, such a request gets the usual
    /// "query is required" error.
    /// </summary>
    public RequestDelegate? HtmlPage { get; set; }
}
