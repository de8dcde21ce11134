using System.Collections.Concurrent;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Api.Hosting;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.Api.Tests.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary>An in-memory web host with only the GraphQL endpoint, the test classifier and captured logs.</summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, ConcurrentQueue<(string Category, Exception? Exception, string Message)> logs)
    {
        _app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public ConcurrentQueue<(string Category, Exception? Exception, string Message)> Logs { get; }

    public static async Task<GraphQLTestHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Func<(NoteClassifier, DefaultModelSource)>? loadClassifier = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new ConcurrentQueue<(string, Exception?, string)>();
        builder.Logging.ClearProviders().AddProvider(new CapturingLoggerProvider(logs));
        builder.Services.AddSingleton(new ClassifierSource(
            loadClassifier ?? (() => (TestClassifier.Get(), DefaultModelSource.TrainedInMemory)), TimeProvider.System));
        builder.Services.AddMentorGraphGraphQL(builder.Configuration);

        var app = builder.Build();
        app.MapMentorGraphGraphQL();
        await app.StartAsync();
        return new GraphQLTestHost(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<(string, Exception?, string)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<(string, Exception?, string)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Enqueue((category, exception, formatter(state, exception)));
            }
        }
    }
}
