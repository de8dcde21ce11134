using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Execution;

public class CollectedFieldsTests
{
    private static IReadOnlyList<FieldNode> Fields(string selections) =>
        [.. ((OperationDefinitionNode)Parser.Parse($"{{ {selections} }}").Definitions[0]).SelectionSet.Selections.Cast<FieldNode>()];

    [Fact]
    public void Add_RepeatedKeys_AreGroupedInFirstPosition()
    {
        var collected = new CollectedFields();
        foreach (var field in Fields("a b a c: b b"))
        {
            collected.Add(field);
        }

        Assert.Equal(["a", "b", "c"], Enumerable.Range(0, collected.KeyCount).Select(collected.KeyAt));
        Assert.Equal(2, collected.NodesOf(0).Length);
        Assert.Equal(2, collected.NodesOf(1).Length);
        Assert.Single(collected.NodesOf(2));
    }

    [Fact]
    public void Add_ManyKeys_KeepsOrderPastTheLookUpTable()
    {
        var names = Enumerable.Range(0, 40).Select(i => $"f{i}").ToList();
        var collected = new CollectedFields();
        foreach (var field in Fields(string.Join(" ", names.Concat(names))))
        {
            collected.Add(field);
        }

        Assert.Equal(names, Enumerable.Range(0, collected.KeyCount).Select(collected.KeyAt));
        Assert.All(Enumerable.Range(0, collected.KeyCount), key => Assert.Equal(2, collected.NodesOf(key).Length));
    }

    [Fact]
    public void VisitFragment_ManyFragments_EachOnlyOnce()
    {
        var collected = new CollectedFields();
        var names = Enumerable.Range(0, 40).Select(i => $"F{i}").ToList();

        Assert.All(names, name => Assert.True(collected.VisitFragment(name)));
        Assert.All(names, name => Assert.False(collected.VisitFragment(name)));
    }

    [Fact]
    public void Clear_ForgetsKeysAndFragments()
    {
        var collected = new CollectedFields();
        collected.Add(Fields("a")[0]);
        collected.VisitFragment("F");

        collected.Clear();

        Assert.Equal(0, collected.KeyCount);
        Assert.True(collected.VisitFragment("F"));
    }
}
