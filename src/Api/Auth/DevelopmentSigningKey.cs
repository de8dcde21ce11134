using System.Security.Cryptography;
using MentorGraph.Persistence;

namespace MentorGraph.Api.Auth;

/// <summary>
/// The signing key of a developer's machine when none is configured in Development: 48 random bytes made
/// once and kept in <c>.run/dev-signing-key</c> of the checkout (git-ignored), so tokens printed by
/// <c>scripts/run</c> or <c>mentorgraph token</c> stay valid across restarts. Outside a checkout it lives
/// in <c>~/.config/mentorgraph/dev-signing-key</c>. Never used outside Development.
/// </summary>
public static class DevelopmentSigningKey
{
    public const string RelativePath = ".run/dev-signing-key";

    /// <summary>Reads the key, making it first if there is none.</summary>
    public static string LoadOrCreate(IReadOnlyList<string>? searchFrom = null)
    {
        var path = Location(searchFrom ?? [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]);
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length >= AuthSettings.MinimumKeyBytes)
            {
                return existing;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(path, key + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    /// <summary>The checkout's <c>.run/dev-signing-key</c> (the checkout is where <c>MentorGraph.sln</c> is), else the user's config folder.</summary>
    public static string Location(IReadOnlyList<string> searchFrom)
    {
        var solution = UpwardSearch.FindFile(searchFrom, "MentorGraph.sln");
        if (solution is not null)
        {
            return Path.Combine(Path.GetDirectoryName(solution)!, RelativePath);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".config", "mentorgraph", "dev-signing-key");
    }
}
