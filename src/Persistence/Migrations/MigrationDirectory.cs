using System.Globalization;
using System.Text.RegularExpressions;

namespace MentorGraph.Persistence.Migrations;

/// <summary>
/// Reads the migrations folder: every <c>*.sql</c> file must be named <c>NNNN_description.sql</c>
/// (at least four digits, then lowercase words joined by underscores), versions must be unique, and
/// no file may be empty. Other files (such as README.md) are ignored. All problems are reported at once.
/// </summary>
public static partial class MigrationDirectory
{
    /// <summary>The folder, relative to the checkout root (or the installed application's folder).</summary>
    public const string DefaultRelativePath = "db/migrations";

    [GeneratedRegex(@"^(?<version>[0-9]{4,18})_(?<name>[a-z0-9]+(?:_[a-z0-9]+)*)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    /// <summary>Loads and checks the migrations in <paramref name="path"/>, ordered by version.</summary>
    /// <exception cref="MigrationException">The folder is missing, or a file is misnamed, empty or shares a version.</exception>
    public static IReadOnlyList<Migration> Load(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new MigrationException($"Migrations folder '{path}' does not exist.");
        }

        var problems = new List<string>();
        var migrations = new List<Migration>();
        var files = Directory.EnumerateFiles(path, "*", SearchOption.TopDirectoryOnly)
            .Where(file => Path.GetExtension(file).Equals(".sql", StringComparison.OrdinalIgnoreCase))
            .OrderBy(file => file, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var fileName = Path.GetFileName(file);
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                problems.Add($"'{fileName}' is not named NNNN_description.sql (at least four digits, an underscore, lowercase letters/digits joined by underscores, '.sql').");
                continue;
            }

            var version = long.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (version == 0)
            {
                problems.Add($"'{fileName}' has version 0; versions start at 1.");
                continue;
            }

            var sql = File.ReadAllText(file);
            if (string.IsNullOrWhiteSpace(sql))
            {
                problems.Add($"'{fileName}' is empty.");
                continue;
            }

            migrations.Add(new Migration(version, match.Groups["name"].Value, fileName, sql, MigrationChecksum.Of(sql)));
        }

        foreach (var duplicate in migrations.GroupBy(m => m.Version).Where(g => g.Count() > 1))
        {
            problems.Add($"version {duplicate.Key} is used by more than one file: {string.Join(", ", duplicate.Select(m => $"'{m.FileName}'"))}.");
        }

        if (problems.Count > 0)
        {
            throw new MigrationException(
                $"Migrations folder '{path}' has {problems.Count} problem(s):{Environment.NewLine}  - "
                + string.Join($"{Environment.NewLine}  - ", problems));
        }

        return migrations.OrderBy(m => m.Version).ToList();
    }
}
