using MentorGraph.Api.Schema.Common;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Before GraphQL runs, a signed-in request's viewer is looked up once (the person with the token's email), so
/// every resolver — also those that build a query synchronously — finds it ready in the request's
/// <see cref="RequestData"/>. Anonymous requests skip it: they reach no domain data.
/// </summary>
public static class ViewerLookup
{
    public static IApplicationBuilder UseViewerLookup(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && context.Request.Path.StartsWithSegments(GraphQLEndpoint.Path))
        {
            await context.RequestServices.GetRequiredService<RequestData>().LoadViewerAsync(context.User, context.RequestAborted);
        }

        await next(context);
    });
}
