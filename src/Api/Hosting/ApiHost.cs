using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace MentorGraph.Api.Hosting;

/// <summary>Composes the web host of <c>mentorgraph serve</c>: Kestrel, console logging, services, endpoints.</summary>
public static class ApiHost
{
    public static WebApplication Build(ServeOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });

        ConfigureLogging(builder.Logging, options.LogFormat);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(options.ConnectionString));
        builder.Services.AddMentorGraphGraphQL(builder.Configuration);

        var app = builder.Build();
        app.MapApiEndpoints();
        return app;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, LogFormat format)
    {
        logging.ClearProviders();
        if (format == LogFormat.Json)
        {
            logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            logging.AddSimpleConsole(text =>
            {
                text.SingleLine = true;
                text.UseUtcTimestamp = true;
                text.TimestampFormat = "HH:mm:ss ";
            });
        }

        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
    }
}
