using Microsoft.Extensions.Options;

namespace MentorGraph.Api.Configuration;

/// <summary>
/// Registers the typed settings sections as options validated at start-up (<c>ValidateOnStart</c>): each
/// is bound with <see cref="SettingsBinder"/>, so an unknown key, a value that does not convert or one out
/// of range stops the host with a message naming the key. Each section can be injected as itself
/// (<c>ServerSettings</c>) or as <c>IOptions&lt;ServerSettings&gt;</c>.
/// </summary>
public static class SettingsRegistration
{
    public static IServiceCollection AddAppSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ServerSettings>(configuration);
        services.AddSettings<DatabaseSettings>(configuration);
        services.AddSettings<CorsSettings>(configuration);
        services.AddSettings<RateLimitSettings>(configuration);
        services.AddSettings<TelemetrySettings>(configuration);
        services.AddSettings<ClassifierSettings>(configuration);
        services.AddSettings<Auth.AuthSettings>(configuration);
        services.AddSettings<PagingSettings>(configuration);
        services.AddSettings<NotesSettings>(configuration);
        services.AddSettings<PairingsSettings>(configuration);
        services.AddSettings<JobsSettings>(configuration);
        services.AddSettings<InsightsSettings>(configuration);
        services.AddSettings<TeachersSettings>(configuration);
        services.AddSettings<SuggestionsSettings>(configuration);
        return services;
    }

    public static IServiceCollection AddSettings<T>(this IServiceCollection services, IConfiguration configuration)
        where T : class, ISettingsSection, new()
    {
        services.AddOptions<T>()
            .Configure(settings => SettingsBinder.BindInto(configuration, settings))
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        services.AddSingleton(new SettingsCheck(T.SectionName, provider => _ = provider.GetRequiredService<IOptions<T>>().Value));
        return services;
    }

    /// <summary>
    /// Reads every section now, without services, and throws one <see cref="SettingsException"/> listing every
    /// problem of every section (the host builder calls it first, so one start shows all bad settings).
    /// </summary>
    public static void CheckAll(IConfiguration configuration)
    {
        var problems = new List<string>();
        void Check<T>()
            where T : class, ISettingsSection, new()
        {
            try
            {
                SettingsBinder.Read<T>(configuration);
            }
            catch (SettingsException e)
            {
                problems.Add(e.Message);
            }
        }

        Check<ServerSettings>();
        Check<DatabaseSettings>();
        Check<CorsSettings>();
        Check<RateLimitSettings>();
        Check<TelemetrySettings>();
        Check<ClassifierSettings>();
        Check<Auth.AuthSettings>();
        Check<PagingSettings>();
        Check<NotesSettings>();
        Check<PairingsSettings>();
        Check<JobsSettings>();
        Check<InsightsSettings>();
        Check<TeachersSettings>();
        Check<SuggestionsSettings>();
        foreach (var read in new Action[] { () => LoggingSettings.Format(configuration), () => Hosting.GraphQLConfiguration.Read(configuration) })
        {
            try
            {
                read();
            }
            catch (SettingsException e)
            {
                problems.Add(e.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new SettingsException(string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>
    /// Reads every registered section now and throws one <see cref="SettingsException"/> listing every
    /// problem of every section — so a command can refuse bad settings before it touches the database.
    /// </summary>
    public static void ValidateAll(IServiceProvider services)
    {
        var problems = new List<string>();
        foreach (var check in services.GetServices<SettingsCheck>())
        {
            try
            {
                check.Read(services);
            }
            catch (SettingsException e)
            {
                problems.Add(e.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new SettingsException(string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>Reads one section (registered once per section, for <see cref="ValidateAll"/>).</summary>
    private sealed record SettingsCheck(string Section, Action<IServiceProvider> Read);
}
