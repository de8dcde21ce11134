using MentorGraph.Api.Schema.Common;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Before GraphQL runs, a signed-in request's viewer is looked up once (the person with the token's email), so
/// every resolver — also those that build a query synchronously — finds it ready in the request's
/// <see cref="RequestData"/>. Anonymous requests skip it: they reach no domain data. A failed lookup (the database
/// unreachable) does not fail the request: fields that need no data (the taxonomy, the classifier) still answer,
/// and the domain's fields look again and report their own errors.
/// </summary>
public static class ViewerLookup
{
    public static IApplicationBuilder UseViewerLookup(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && context.Request.Path.StartsWithSegments(GraphQLEndpoint.Path))
        {
            var data = context.RequestServices.GetRequiredService<RequestData>();
            try
            {
                await data.LoadViewerAsync(context.User, context.RequestAborted);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                data.ForgetViewer();
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ViewerLookup))
                    .LogWarning(exception, "The viewer could not be looked up before GraphQL ran; the domain's fields will try again.");
            }
        }

        await next(context);
    });
}
