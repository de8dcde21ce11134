using Hangfire.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Hangfire's log output into the host's logging. Hangfire keeps its log provider in a static, and some of its
/// classes keep their loggers in statics too; Hangfire.AspNetCore's provider would hold on to one host's
/// <see cref="ILoggerFactory"/> after that host is disposed (a second host in the same process, as the tests start,
/// then fails with <see cref="ObjectDisposedException"/>). This provider forwards each message to the factory of
/// the latest host still running, and drops it when none is.
/// </summary>
public sealed class HangfireLogging : ILogProvider
{
    private static readonly List<ILoggerFactory> Factories = [];
    private static readonly HangfireLogging Instance = new();

    /// <summary>Makes <paramref name="factory"/> receive Hangfire's messages until the result is disposed.</summary>
    public static IDisposable Register(ILoggerFactory factory)
    {
        lock (Factories)
        {
            Factories.Add(factory);
        }

        LogProvider.SetCurrentLogProvider(Instance);
        return new Registration(factory);
    }

    public ILog GetLogger(string name) => new Forwarding(name);

    private static ILoggerFactory? Current()
    {
        lock (Factories)
        {
            return Factories.Count == 0 ? null : Factories[^1];
        }
    }

    private sealed class Registration(ILoggerFactory factory) : IDisposable
    {
        public void Dispose()
        {
            lock (Factories)
            {
                Factories.Remove(factory);
            }
        }
    }

    private sealed class Forwarding(string name) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            ILogger logger;
            try
            {
                if (Current() is not { } factory)
                {
                    return false;
                }

                logger = factory.CreateLogger(name);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }

            var level = logLevel switch
            {
                HangfireLevel.Trace => LogLevel.Trace,
                HangfireLevel.Debug => LogLevel.Debug,
                HangfireLevel.Info => LogLevel.Information,
                HangfireLevel.Warn => LogLevel.Warning,
                HangfireLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            if (messageFunc is null)
            {
                return logger.IsEnabled(level);
            }

            if (logger.IsEnabled(level))
            {
                logger.Log(level, exception, "{Message}", messageFunc());
            }

            return true;
        }
    }
}
