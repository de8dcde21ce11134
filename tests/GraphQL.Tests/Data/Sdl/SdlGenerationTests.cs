using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Data.Sdl;

/// <summary>The generated SDL of a small declared model, exactly: names and shapes as HotChocolate's, descriptions everywhere, deterministic.</summary>
public class SdlGenerationTests
{
    private sealed class Tag
    {
        public int Id { get; set; }

        public string Label { get; set; } = string.Empty;

        public int? Uses { get; set; }
    }

    private static readonly EntityShape<Tag> TagShape = new EntityShape<Tag>("Tag")
        .Key(t => t.Id)
        .Field("label", t => t.Label)
        .Field("uses", t => t.Uses, FieldUse.Filter);

    private const string TagSdl = "type Tag { label: String! } type Query { tags(first: Int, after: String, last: Int, before: String, where: TagFilterInput, order: [TagSortInput!]): TagsConnection }";

    private static Schema TagSchema() => new SchemaBuilder()
        .AddTypeDefinitions(TagSdl)
        .BindType<Tag>("Tag")
        .ResolveConnection("Query.tags", TagShape, _ => Array.Empty<Tag>().AsQueryable())
        .Build();

    [Fact]
    public void FilterInput_HasAndOr_ThenOneOperationInputPerDeclaredField()
    {
        Assert.Equal(
            "\"\"\"\nFilters Tag values: every condition given must hold; `and` and `or` combine whole filters.\n\"\"\"\n"
            + "input TagFilterInput {\n"
            + "  \"\"\"All of these filters must hold.\"\"\"\n  and: [TagFilterInput!]\n\n"
            + "  \"\"\"At least one of these filters must hold.\"\"\"\n  or: [TagFilterInput!]\n\n"
            + "  \"\"\"Conditions on `label`.\"\"\"\n  label: StringOperationFilterInput\n\n"
            + "  \"\"\"Conditions on `uses`.\"\"\"\n  uses: IntOperationFilterInput\n"
            + "}",
            Print("TagFilterInput"));
    }

    [Fact]
    public void SortInput_HoldsOnlyTheSortableFields()
    {
        Assert.Equal("input TagSortInput {\n  label: SortEnumType\n}", WithoutDescriptions(Print("TagSortInput")));
        Assert.Equal("enum SortEnumType {\n  ASC\n  DESC\n}", WithoutDescriptions(Print("SortEnumType")));
    }

    [Fact]
    public void Connection_IsNamedAfterTheFieldsType_WithEdgesNodesPageInfoAndTotalCount()
    {
        Assert.Equal(
            "type TagsConnection {\n  pageInfo: PageInfo!\n  edges: [TagsEdge!]\n  nodes: [Tag!]\n  totalCount: Int!\n}",
            WithoutDescriptions(Print("TagsConnection")));
        Assert.Equal("type TagsEdge {\n  cursor: String!\n  node: Tag!\n}", WithoutDescriptions(Print("TagsEdge")));
        Assert.Equal(
            "type PageInfo {\n  hasNextPage: Boolean!\n  hasPreviousPage: Boolean!\n  startCursor: String\n  endCursor: String\n}",
            WithoutDescriptions(Print("PageInfo")));
    }

    [Fact]
    public void StringOperationFilterInput_HasHotChocolatesOperations_InItsOrder()
    {
        Assert.Equal(
            "input StringOperationFilterInput {\n  and: [StringOperationFilterInput!]\n  or: [StringOperationFilterInput!]\n  eq: String @cost(weight: \"10\")\n  neq: String @cost(weight: \"10\")\n"
            + "  contains: String @cost(weight: \"20\")\n  ncontains: String @cost(weight: \"20\")\n  in: [String] @cost(weight: \"10\")\n  nin: [String] @cost(weight: \"10\")\n"
            + "  startsWith: String @cost(weight: \"20\")\n  nstartsWith: String @cost(weight: \"20\")\n  endsWith: String @cost(weight: \"20\")\n  nendsWith: String @cost(weight: \"20\")\n}",
            WithoutDescriptions(Print("StringOperationFilterInput")));
        Assert.Equal(
            "input IntOperationFilterInput {\n  eq: Int\n  neq: Int\n  in: [Int]\n  nin: [Int]\n  gt: Int\n  ngt: Int\n  gte: Int\n  ngte: Int\n  lt: Int\n  nlt: Int\n  lte: Int\n  nlte: Int\n}",
            WithoutDescriptions(Print("IntOperationFilterInput")).Replace(" @cost(weight: \"10\")", "", StringComparison.Ordinal));
    }

    [Fact]
    public void PagedField_GetsHotChocolatesCostDirectives_Printed()
    {
        var printed = SchemaPrinter.Print(TagSchema());

        Assert.Contains(
            "tags(first: Int, after: String, last: Int, before: String, where: TagFilterInput @cost(weight: \"10\"), order: [TagSortInput!] @cost(weight: \"10\")): TagsConnection"
            + " @listSize(assumedSize: 50, slicingArguments: [\"first\", \"last\"], slicingArgumentDefaultValue: 10, sizedFields: [\"edges\", \"nodes\"], requireOneSlicingArgument: false) @cost(weight: \"10\")",
            printed,
            StringComparison.Ordinal);
        Assert.Contains("  contains: String @cost(weight: \"20\")", printed, StringComparison.Ordinal);
        Assert.Contains("  eq: String @cost(weight: \"10\")", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedTypes_AreSortedByName_SoThePrintedSchemaIsDeterministic()
    {
        var schema = TagSchema();
        var generated = schema.Types.Values.SkipWhile(t => t.Name != "IntOperationFilterInput")
            .Where(t => !BuiltInScalars.IsBuiltIn(t) && !t.Name.StartsWith("__", StringComparison.Ordinal))
            .Select(t => t.Name)
            .ToList();

        Assert.Equal(["IntOperationFilterInput", "PageInfo", "SortEnumType", "StringOperationFilterInput", "TagFilterInput", "TagSortInput", "TagsConnection", "TagsEdge"], generated);
        Assert.Equal(SchemaPrinter.Print(schema), SchemaPrinter.Print(TagSchema()));
    }

    [Fact]
    public void EveryGeneratedTypeFieldAndValue_HasADescription()
    {
        var schema = new DataTestHarness().Schema;
        var generatedDocument = schema.Types.Values.Where(t => t.AstNode?.Location is not null && !DataTestModel.Sdl.Contains(" " + t.Name + " ", StringComparison.Ordinal)).ToList();
        foreach (var type in schema.Types.Values.Where(t => t.Name.EndsWith("Input", StringComparison.Ordinal) || t.Name.EndsWith("Connection", StringComparison.Ordinal) || t.Name.EndsWith("Edge", StringComparison.Ordinal) || t.Name is "PageInfo" or "SortEnumType"))
        {
            Assert.False(string.IsNullOrWhiteSpace(type.Description), type.Name);
            var parts = type switch
            {
                InputObjectType input => input.Fields.Select(f => (f.Name, f.Description)),
                FieldsType fields => fields.Fields.Select(f => (f.Name, f.Description)),
                EnumType enumType => enumType.Values.Select(v => (v.Name, v.Description)),
                _ => [],
            };
            foreach (var (name, description) in parts)
            {
                Assert.False(string.IsNullOrWhiteSpace(description), $"{type.Name}.{name}");
            }
        }

        Assert.NotEmpty(generatedDocument);
    }

    private static string Print(string typeName) => SchemaPrinter.PrintType(TagSchema().GetType(typeName)!);

    /// <summary>The SDL without its descriptions and blank lines: the shape alone.</summary>
    private static string WithoutDescriptions(string sdl) =>
        string.Join("\n", System.Text.RegularExpressions.Regex.Replace(sdl, "[ ]*\"\"\"[\\s\\S]*?\"\"\"\n", string.Empty).Split('\n').Where(line => line.Length > 0));
}
