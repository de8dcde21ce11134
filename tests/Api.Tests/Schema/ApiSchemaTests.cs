using MentorGraph.Api.Schema;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Tests.Schema;

public class ApiSchemaTests
{
    /// <summary>
    /// The full served schema — the hand-written SDL of every area plus the generated filter, sort and connection
    /// types, with the applied directives — is what front ends build on: any change to it shows in this snapshot
    /// (<c>__snapshots__/ApiSchemaTests.PrintedServedSchema_MatchesTheSnapshot.snap</c>) and must be accepted on purpose.
    /// </summary>
    [Fact]
    public void PrintedServedSchema_MatchesTheSnapshot()
    {
        var printed = SchemaPrinter.Print(ApiSchema.BuildDefault());

        Snapshooter.Xunit.Snapshot.Match(printed);
    }

    [Fact]
    public void EverySdlFileUnderSchema_IsCompiledIn_AsWritten()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Api", "Schema");
        var files = Directory.GetFiles(folder, "*.graphql", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .OrderBy(f => f.Path == "schema.graphql" ? 0 : 1).ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(files, ApiSchema.Files);
        Assert.True(files.Count > 5, "the areas' SDL files are missing");
    }

    [Fact]
    public void Build_DoesNotLoadTheClassifier()
    {
        var source = new ClassifierSource(() => throw new InvalidOperationException("must not load"), TimeProvider.System);

        ApiSchema.Build(source, TimeProvider.System);

        Assert.False(source.IsLoaded);
    }

    [Fact]
    public void EveryTypeFieldArgumentAndEnumValue_HasADescription()
    {
        var schema = ApiSchema.BuildDefault();
        var missing = new List<string>();
        Assert.NotNull(schema.Description);
        foreach (var type in schema.Types.Values.Where(t => !BuiltInScalars.IsBuiltIn(t) && !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            switch (type)
            {
                case FieldsType fields:
                    foreach (var field in fields.Fields)
                    {
                        Check($"{type.Name}.{field.Name}", field.Description);
                        foreach (var argument in field.Arguments)
                        {
                            Check($"{type.Name}.{field.Name}({argument.Name}:)", argument.Description);
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Check($"{type.Name}.{field.Name}", field.Description);
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        Check($"{type.Name}.{value.Name}", value.Description);
                    }

                    break;
            }
        }

        Assert.Empty(missing);

        void Check(string coordinate, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(coordinate);
            }
        }
    }

    [Fact]
    public void DateTimeScalar_CarriesItsSpecificationUrl()
    {
        var schema = ApiSchema.BuildDefault();

        var dateTime = Assert.IsAssignableFrom<ScalarType>(schema.GetType("DateTime"));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", dateTime.SpecifiedByUrl);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MentorGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MentorGraph.sln not found above the test's directory.");
    }
}
