using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class FieldCollectionTests
{
    private static readonly InterfaceType Named = new("Named") { Fields = [Field("name", TestScalars.String)] };

    private static readonly ObjectType Item = new("Item")
    {
        Interfaces = [Named],
        Fields = [Field("name", TestScalars.String), Field("size", TestScalars.Int), Field("color", TestScalars.String)],
    };

    private static readonly ObjectType Other = new("Other") { Interfaces = [Named], Fields = [Field("name", TestScalars.String)] };

    private static readonly Schema Schema = Create(
        Object("Query", Field("item", Item, _ => new { Name = "box", Size = 3, Color = "red" })),
        null,
        Other);

    private static IReadOnlyList<string> Collect(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var itemField = (FieldNode)operation.SelectionSet.Selections[0];
        var collection = new FieldCollection(Schema, FieldCollection.FragmentsOf(document), variables ?? new Dictionary<string, object?>());
        return collection.CollectSubfields(Item, [itemField]).Select(pair => $"{pair.Key}:{pair.Value.Count}").ToList();
    }

    [Fact]
    public void Collect_SkipAndInclude_WithLiterals()
    {
        var fields = Collect("{ item { name @skip(if: true) size @skip(if: false) color @include(if: false) a: name @include(if: true) } }");

        Assert.Equal(["size:1", "a:1"], fields);
    }

    [Fact]
    public void Collect_SkipAndInclude_WithVariables()
    {
        var variables = new Dictionary<string, object?> { ["yes"] = true, ["no"] = false };

        var fields = Collect("query($yes: Boolean!, $no: Boolean!) { item { name @skip(if: $yes) size @include(if: $yes) color @include(if: $no) } }", variables);

        Assert.Equal(["size:1"], fields);
    }

    [Fact]
    public void Collect_SkipWinsOverInclude()
    {
        Assert.Empty(Collect("{ item { name @include(if: true) @skip(if: true) } }"));
    }

    [Fact]
    public void Collect_SameResponseKey_IsMergedInFirstPosition()
    {
        var fields = Collect("{ item { name size ... on Item { name color } ...F } } fragment F on Item { size name }");

        Assert.Equal(["name:3", "size:2", "color:1"], fields);
    }

    [Fact]
    public void Collect_FragmentSpreadTwice_IsCollectedOnce()
    {
        var fields = Collect("{ item { ...F ...F } } fragment F on Item { name }");

        Assert.Equal(["name:1"], fields);
    }

    [Fact]
    public void Collect_InlineFragments_OnlyWhenTypeConditionApplies()
    {
        var fields = Collect("{ item { ... on Other { name } ... on Named { size: name } ... { color } ... on Item @skip(if: true) { name } } }");

        Assert.Equal(["size:1", "color:1"], fields);
    }

    [Fact]
    public void Collect_SkippedFragmentSpread_IsLeftOut()
    {
        var fields = Collect("{ item { ...F @skip(if: true) size } } fragment F on Item { name }");

        Assert.Equal(["size:1"], fields);
    }

    [Fact]
    public void DoesFragmentTypeApply_ObjectInterfaceUnion()
    {
        var union = new UnionType("U") { Types = [Item] };
        var schema = Create(Object("Query", Field("item", Item)), null, Other, union);
        var collection = new FieldCollection(schema, new Dictionary<string, FragmentDefinitionNode>(), new Dictionary<string, object?>());

        Assert.True(collection.DoesFragmentTypeApply(Item, Ast.Type("Item")));
        Assert.True(collection.DoesFragmentTypeApply(Item, Ast.Type("Named")));
        Assert.True(collection.DoesFragmentTypeApply(Item, Ast.Type("U")));
        Assert.False(collection.DoesFragmentTypeApply(Other, Ast.Type("U")));
        Assert.False(collection.DoesFragmentTypeApply(Item, Ast.Type("Other")));
        Assert.False(collection.DoesFragmentTypeApply(Item, Ast.Type("Unknown")));
    }

    [Fact]
    public async Task Execute_MergedFieldNodes_SubSelectionsAreMerged()
    {
        var result = await Run(Schema, "{ item { name } item { size } ... on Query { item { color } } }");

        Assert.Equal("""{"data":{"item":{"name":"box","size":3,"color":"red"}}}""", Json(result));
    }

    [Fact]
    public async Task Execute_SkippedRootField_IsNotResolved()
    {
        var calls = 0;
        var schema = Create(Object("Query", Field("a", TestScalars.Int, _ => ++calls), Field("b", TestScalars.Int, _ => 2)));

        var result = await Run(schema, "query($s: Boolean!) { a @skip(if: $s) b }", variables: new Dictionary<string, object?> { ["s"] = true });

        Assert.Equal("""{"data":{"b":2}}""", Json(result));
        Assert.Equal(0, calls);
    }
}
