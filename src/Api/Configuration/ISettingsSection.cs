namespace MentorGraph.Api.Configuration;

/// <summary>A typed configuration section: its name and the checks its values must pass.</summary>
public interface ISettingsSection
{
    /// <summary>The section's name, e.g. <c>Server</c>.</summary>
    static abstract string SectionName { get; }

    /// <summary>One message per bad value, each starting with the key it is about (<c>Urls</c>), without the section.</summary>
    IEnumerable<SettingProblem> Problems();
}

/// <summary>A bad value: the key within the section and what is wrong with it.</summary>
public readonly record struct SettingProblem(string Key, string Message);
