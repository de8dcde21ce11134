using MentorGraph.Persistence;
using MentorGraph.Persistence.Migrations;

namespace MentorGraph.Api.Cli;

/// <summary>
/// The migrations folder: the one given, else <c>db/migrations</c> in the working directory or a parent
/// (a checkout), else beside the installed application (the Docker image copies it there).
/// </summary>
public static class MigrationsLocation
{
    /// <exception cref="MigrationException">The given folder does not exist, or none was found.</exception>
    public static string Resolve(string? explicitDirectory, string optionName)
    {
        if (explicitDirectory is not null)
        {
            var full = Path.GetFullPath(explicitDirectory);
            return Directory.Exists(full) ? full : throw new MigrationException($"Migrations folder '{full}' does not exist.");
        }

        return UpwardSearch.FindDirectory([Directory.GetCurrentDirectory(), AppContext.BaseDirectory], MigrationDirectory.DefaultRelativePath)
            ?? throw new MigrationException(
                $"No {MigrationDirectory.DefaultRelativePath} folder in {Directory.GetCurrentDirectory()} or its parents, nor beside the application; pass the folder with {optionName}.");
    }
}
