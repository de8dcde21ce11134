using MentorGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using static MentorGraph.GraphQL.AspNetCore.Tests.HttpTestSupport;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

public class HtmlPageTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("GET", BrowserAccept, "", true)]
    [InlineData("GET", "text/html", "", true)]
    [InlineData("GET", BrowserAccept, "?query=%7B+hello+%7D", false)]
    [InlineData("GET", "text/html;q=0", "", false)]
    [InlineData("GET", "application/json", "", false)]
    [InlineData("GET", "", "", false)]
    [InlineData("POST", BrowserAccept, "", false)]
    public void IsBrowserPageRequest_OnlyForGetsWithoutQueryThatAcceptHtml(string method, string accept, string queryString, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Headers.Accept = accept;
        context.Request.QueryString = new QueryString(queryString);

        Assert.Equal(expected, GraphQLHttpHandler.IsBrowserPageRequest(context.Request));
    }

    [Fact]
    public async Task BrowserGet_WithHtmlPage_IsAnsweredByThePageNotTheExecutor()
    {
        var executor = new RecordingExecutor(DataResult);
        var httpOptions = new GraphQLHttpOptions
        {
            HtmlPage = context =>
            {
                context.Response.ContentType = "text/html";
                return context.Response.WriteAsync("<p>explorer</p>");
            },
        };
        var handler = new GraphQLHttpHandler(executor, new GraphQLOptions(), httpOptions, NullLogger<GraphQLHttpHandler>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Headers.Accept = BrowserAccept;
        var body = new MemoryStream();
        context.Response.Body = body;

        await handler.HandleAsync(context);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal("<p>explorer</p>", System.Text.Encoding.UTF8.GetString(body.ToArray()));
        Assert.Null(executor.LastRequest);
    }

    [Fact]
    public async Task BrowserGet_WithoutHtmlPage_IsABadRequest()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "GET", contentType: null, accept: BrowserAccept);

        Assert.Equal(400, response.Status);
    }
}
