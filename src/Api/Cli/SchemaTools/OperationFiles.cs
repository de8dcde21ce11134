using MentorGraph.GraphQL.Tooling;
using Microsoft.Extensions.FileSystemGlobbing;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// The operation files a front-end tool reads (<c>validate</c>, <c>persist</c>): each argument is a file, a
/// directory (searched recursively, skipping <c>node_modules</c> and folders whose name starts with a dot) or a glob
/// (<c>*</c> within a name, <c>**</c> across folders: <c>src/**/*.tsx</c>, for shells that do not expand <c>**</c>). <c>.graphql</c> and <c>.gql</c> files are documents;
/// scripts (<see cref="EmbeddedDocuments.ScriptExtensions"/>) hold documents in tagged templates.
/// </summary>
internal static class OperationFiles
{
    private static readonly string[] GraphQLExtensions = [".graphql", ".gql"];

    /// <summary>The files the arguments name, each once, in argument order (a directory's or glob's sorted by path).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var found = IsGlob(argument) ? Glob(argument)
                : Directory.Exists(argument) ? InDirectory(argument)
                : [argument];
            foreach (var file in found)
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        return files;
    }

    /// <summary>The documents of the files: a GraphQL file is one, a script one per tagged template.</summary>
    public static IReadOnlyList<ProjectDocument> Read(IReadOnlyList<string> files)
    {
        var documents = new List<ProjectDocument>();
        foreach (var file in files)
        {
            var text = CliFiles.ReadText(file);
            if (EmbeddedDocuments.IsScript(file))
            {
                documents.AddRange(EmbeddedDocuments.Extract(file, text));
            }
            else if (IsGraphQL(file))
            {
                documents.Add(new ProjectDocument(file, text));
            }
            else
            {
                throw new UsageException(
                    $"'{file}' is neither a GraphQL file ({string.Join(", ", GraphQLExtensions)}) nor a script ({string.Join(", ", EmbeddedDocuments.ScriptExtensions)}).");
            }
        }

        return documents;
    }

    private static bool IsGraphQL(string path) => GraphQLExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsOperationFile(string path) => IsGraphQL(path) || EmbeddedDocuments.IsScript(path);

    private static bool IsGlob(string argument) => argument.Contains('*');

    private static IEnumerable<string> InDirectory(string directory)
    {
        var files = new List<string>();
        var pending = new Stack<string>([directory]);
        while (pending.TryPop(out var current))
        {
            files.AddRange(Directory.EnumerateFiles(current).Where(IsOperationFile));
            foreach (var child in Directory.EnumerateDirectories(current))
            {
                var name = Path.GetFileName(child);
                if (name != "node_modules" && !name.StartsWith('.'))
                {
                    pending.Push(child);
                }
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException($"No .graphql, .gql or script files in '{directory}'.");
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The files a glob matches: the part before its first wildcard segment is the folder searched.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => !IsGlob(s)).Count();
        var root = fixedCount == 0 ? "." : string.Join('/', segments.Take(fixedCount));
        if (root.Length == 0)
        {
            root = "/";
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments.Skip(fixedCount)));
        var files = Directory.Exists(root)
            ? matcher.GetResultsInFullPath(root)
                .Select(full => fixedCount == 0 ? Path.GetRelativePath(".", full) : Path.Combine(root, Path.GetRelativePath(root, full)))
                .Where(IsOperationFile)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        if (files.Count == 0)
        {
            throw new UsageException($"No .graphql, .gql or script files match '{pattern}'.");
        }

        return files;
    }
}
