using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Hosting;

/// <summary>The console log: JSON lines in production, one readable line per entry in Development (<c>Logging:Format</c>).</summary>
public static class ApiLogging
{
    public static void Configure(ILoggingBuilder logging, LogFormat format)
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
        // EF Core logs every SQL command at Information: one line per DataLoader batch would drown the request log.
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
    }
}
