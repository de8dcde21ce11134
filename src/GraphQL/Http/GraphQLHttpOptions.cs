using Microsoft.AspNetCore.Http;

namespace MentorGraph.GraphQL.Http;

/// <summary>How the HTTP endpoint hands request state to resolvers.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Builds the per-request user context (e.g. the signed-in user) from the HTTP request.</summary>
    public Func<HttpContext, IDictionary<string, object?>>? CreateUserContext { get; set; }
}
