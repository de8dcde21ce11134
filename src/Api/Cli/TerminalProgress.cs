using MentorGraph.Analytics.Training;
using Spectre.Console;

namespace MentorGraph.Api.Cli;

/// <summary>
/// Shows the progress of long work (training, cross-validation, the built-in model's first training) as a
/// bar on standard error — only when standard error is a terminal a person watches, never in files or
/// pipes, and never on standard output, where the results go.
/// </summary>
internal static class TerminalProgress
{
    /// <summary>Runs <paramref name="work"/>, handing it a progress reporter when there is a terminal to show it on.</summary>
    public static T Run<T>(CliContext context, string title, Func<IProgress<TrainingProgress>?, T> work)
    {
        if (!context.ErrorIsTerminal)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(title), maxValue: 1.0);
                var result = work(new Reporter(task, title));
                task.Value = 1.0;
                return result;
            });
    }

    /// <summary>As <see cref="Run{T}"/> for asynchronous work that reports a stage and the fraction done.</summary>
    public static async Task<T> RunAsync<T>(CliContext context, string title, Func<IProgress<(string Stage, double Fraction)>?, Task<T>> work)
    {
        if (!context.ErrorIsTerminal)
        {
            return await work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(title), maxValue: 1.0);
                var result = await work(new StageReporter(task, title));
                task.Value = 1.0;
                return result;
            });
    }

    /// <summary>
    /// Applies each report at once on the reporting thread: Analytics reports in order, one at a time, and
    /// <see cref="Progress{T}"/> would hand them to the thread pool, out of order.
    /// </summary>
    private sealed class Reporter(ProgressTask task, string title) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            task.Description = Markup.Escape($"{title}: {value.Stage}");
            task.Value = Math.Clamp(value.Fraction, 0, 1);
        }
    }

    /// <summary>Applies each report at once, as <see cref="Reporter"/> does.</summary>
    private sealed class StageReporter(ProgressTask task, string title) : IProgress<(string Stage, double Fraction)>
    {
        public void Report((string Stage, double Fraction) value)
        {
            task.Description = Markup.Escape($"{title}: {value.Stage}");
            task.Value = Math.Clamp(value.Fraction, 0, 1);
        }
    }
}
