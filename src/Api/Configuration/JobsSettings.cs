namespace MentorGraph.Api.Configuration;

/// <summary>
/// Background jobs on Hangfire with its storage in the product's PostgreSQL (section <c>Jobs</c>). The defaults
/// are chosen against Hangfire.PostgreSql's own: its 15 s queue poll and 30 min invisibility timeout would make a
/// note wait seconds for its job and a killed worker's job wait half an hour (README, "Background jobs").
/// </summary>
public sealed class JobsSettings : ISettingsSection
{
    public static string SectionName => "Jobs";

    /// <summary>Whether <c>serve</c> also runs a job server (<c>mentorgraph jobs</c> always does).</summary>
    public bool RunServerInServe { get; set; } = true;

    /// <summary>The PostgreSQL schema of Hangfire's tables, beside the product's (<c>public</c>).</summary>
    public string SchemaName { get; set; } = "hangfire";

    /// <summary>Workers of one job server: jobs it runs at once. 0: one per processor.</summary>
    public int WorkerCount { get; set; }

    /// <summary>
    /// Seconds between polls of the job queue. With <see cref="EnableLongPolling"/> a job enqueued by any process
    /// wakes the workers at once (LISTEN/NOTIFY); the poll is then only a fallback.
    /// </summary>
    public double QueuePollIntervalSeconds { get; set; } = 15;

    /// <summary>Wake workers with LISTEN/NOTIFY when a job is enqueued (about 0.2 s instead of half the poll interval).</summary>
    public bool EnableLongPolling { get; set; } = true;

    /// <summary>
    /// Seconds after which a job whose worker stopped answering (a killed process) is given to another worker.
    /// Sliding: a running job's worker keeps extending it, so a long job is never run twice.
    /// </summary>
    public double InvisibilityTimeoutSeconds { get; set; } = 30;

    /// <summary>Seconds between checks for due scheduled and recurring jobs (the sweep runs every minute).</summary>
    public double SchedulePollingIntervalSeconds { get; set; } = 15;

    /// <summary>Seconds between a job server's heartbeats; a server silent for <see cref="ServerTimeoutSeconds"/> is removed.</summary>
    public double HeartbeatIntervalSeconds { get; set; } = 30;

    /// <summary>Seconds of silence after which other servers remove a job server from the list (the dashboard's Servers page).</summary>
    public double ServerTimeoutSeconds { get; set; } = 300;

    /// <summary>Seconds a stopping job server gives running jobs to finish (they are cancelled after it, and rerun later).</summary>
    public double ShutdownTimeoutSeconds { get; set; } = 15;

    /// <summary>The sweep's schedule, a cron expression (UTC): re-enqueues what a crash left behind and finds notes the active model has not classified.</summary>
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>Notes one classification job claims, classifies and stores in one transaction.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>Minutes the dashboard's cookie (set from <c>/hangfire?access_token=</c>) stays valid.</summary>
    public int DashboardCookieMinutes { get; set; } = 15;

    /// <summary>
    /// A note gets the classifier's topic as its lesson's topic (when the lesson has no person-set topic) only when
    /// the topic's probability is at least this.
    /// </summary>
    public double LessonTopicMinConfidence { get; set; } = 0.6;

    /// <summary>
    /// Whether the sweep queues notes whose only result for their current text is the demo seed's (<c>mentorgraph seed
    /// --labels</c>: model <c>seed</c>, the labels the notes were generated from) for the active model, like any other
    /// note without its result. True: every note gets the active model's result eventually, on the low-priority queue
    /// (a 1,000,000-note seed is hours of classifier time on two cores). False — for benchmarks on a large seed — the
    /// seed's labels stay the notes' labels and nothing is classified for them; <c>pipeline.pendingNotes</c> still
    /// counts them. A real database has no <c>seed</c> results, so this changes nothing there.
    /// </summary>
    public bool ClassifySeedLabelledNotes { get; set; } = true;

    public IEnumerable<SettingProblem> Problems()
    {
        if (string.IsNullOrWhiteSpace(SchemaName) || !System.Text.RegularExpressions.Regex.IsMatch(SchemaName, "^[a-z_][a-z0-9_]{0,62}$"))
        {
            yield return new(nameof(SchemaName), $"must be a lowercase PostgreSQL name (letters, digits, '_'), not '{SchemaName}'.");
        }
        else if (SchemaName is "public" or "pg_catalog" or "information_schema")
        {
            yield return new(nameof(SchemaName), $"must be a schema of Hangfire's own, not '{SchemaName}'.");
        }

        if (WorkerCount is < 0 or > 256)
        {
            yield return new(nameof(WorkerCount), $"must be from 0 (one per processor) to 256 (it is {WorkerCount}).");
        }

        foreach (var (key, value, min, max) in new (string, double, double, double)[]
                 {
                     (nameof(QueuePollIntervalSeconds), QueuePollIntervalSeconds, 0.05, 3600),
                     (nameof(InvisibilityTimeoutSeconds), InvisibilityTimeoutSeconds, 1, 86_400),
                     (nameof(SchedulePollingIntervalSeconds), SchedulePollingIntervalSeconds, 0.1, 3600),
                     (nameof(HeartbeatIntervalSeconds), HeartbeatIntervalSeconds, 0.1, 3600),
                     (nameof(ServerTimeoutSeconds), ServerTimeoutSeconds, 1, 86_400),
                     (nameof(ShutdownTimeoutSeconds), ShutdownTimeoutSeconds, 0, 3600),
                 })
        {
            if (!(value >= min && value <= max))
            {
                yield return new(key, $"must be from {min} to {max} seconds (it is {value}).");
            }
        }

        if (ServerTimeoutSeconds < HeartbeatIntervalSeconds * 2)
        {
            yield return new(nameof(ServerTimeoutSeconds), $"must be at least twice HeartbeatIntervalSeconds ({HeartbeatIntervalSeconds} s), or live servers are removed (it is {ServerTimeoutSeconds}).");
        }

        if (!Jobs.CronSchedule.IsValid(SweepCron))
        {
            yield return new(nameof(SweepCron), $"is not a cron expression (five fields, e.g. '* * * * *' for every minute): '{SweepCron}'.");
        }

        if (BatchSize is < 1 or > 10_000)
        {
            yield return new(nameof(BatchSize), $"must be from 1 to 10000 notes (it is {BatchSize}).");
        }

        if (DashboardCookieMinutes is < 1 or > 1440)
        {
            yield return new(nameof(DashboardCookieMinutes), $"must be from 1 to 1440 minutes (it is {DashboardCookieMinutes}).");
        }

        if (LessonTopicMinConfidence is not (>= 0 and <= 1))
        {
            yield return new(nameof(LessonTopicMinConfidence), $"must be from 0 to 1 (it is {LessonTopicMinConfidence}).");
        }
    }

    /// <summary>Workers of a job server: <see cref="WorkerCount"/>, or one per processor (at least 2, so a long re-classification never blocks new notes).</summary>
    public int EffectiveWorkerCount => WorkerCount > 0 ? WorkerCount : Math.Max(2, Environment.ProcessorCount);
}
