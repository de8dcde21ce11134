using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Training;
using MentorGraph.Api.Hosting;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.Api.Tests.Cli;
using MentorGraph.Api.Tests.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary>
/// The composed host of <c>serve</c> (<see cref="ApiHost"/>) on a real Kestrel port, with the given settings,
/// an environment without the machine's settings, text logs, and the small test classifier (or a given one).
/// </summary>
public sealed class ApiTestHost : IAsyncDisposable
{
    private ApiTestHost(WebApplication app)
    {
        App = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>The signing key every test host uses (Production needs one).</summary>
    public const string SigningKey = "test-signing-key-of-at-least-32-bytes-0123456789";

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<ApiTestHost> StartAsync(
        string connectionString,
        IReadOnlyDictionary<string, string?>? settings = null,
        string environmentName = "Production",
        ClassifierSource? classifier = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Server:Urls"] = "http://127.0.0.1:0",
            ["Database:ConnectionString"] = connectionString,
            ["Logging:Format"] = "text",
            ["Auth:SigningKey"] = SigningKey,
            // No job server unless a test asks for one (the pipeline's tests do): jobs would change what other tests read.
            ["Jobs:RunServerInServe"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = ApiHost.Build(new ApiHostOptions
        {
            EnvironmentName = environmentName,
            Settings = all,
            EnvironmentVariables = CliRunner.CleanEnvironment(),
            ConfigureServices = services =>
            {
                services.Replace(ServiceDescriptor.Singleton(classifier ?? TestClassifierSource()));
                configureServices?.Invoke(services);
            },
        });
        await app.StartAsync();
        return new ApiTestHost(app);
    }

    /// <summary>The small test classifier, loaded at once.</summary>
    public static ClassifierSource TestClassifierSource() =>
        new(() => (TestClassifier.Get(), DefaultModelSource.TrainedInMemory), TimeProvider.System);

    /// <summary>A classifier whose load waits until <paramref name="release"/> is set.</summary>
    public static ClassifierSource GatedClassifierSource(ManualResetEventSlim release) =>
        new(progress =>
        {
            progress.Report(new TrainingProgress("training, direction model trained", 0.5));
            release.Wait(TimeSpan.FromSeconds(30));
            return ((NoteClassifier)TestClassifier.Get(), DefaultModelSource.TrainedInMemory);
        }, TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
