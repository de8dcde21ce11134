using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public class AstWalkerTests
{
    private sealed class Recorder : AstWalker
    {
        public List<Node> Entered { get; } = [];

        public List<Node> Left { get; } = [];

        protected override bool Enter(Node node)
        {
            Entered.Add(node);
            return true;
        }

        protected override void Leave(Node node) => Left.Add(node);
    }

    private static void ByChildren(Node node, List<Node> entered)
    {
        entered.Add(node);
        foreach (var child in AstWalker.Children(node))
        {
            if (child is not null)
            {
                ByChildren(child, entered);
            }
        }
    }

    [Fact]
    public void Walk_KitchenSink_EntersEveryNodeInTheOrderChildrenLists()
    {
        var document = Parser.Parse(KitchenSink.Source);
        var expected = new List<Node>();
        ByChildren(document, expected);

        var recorder = new Recorder();
        recorder.Walk(document);

        Assert.Equal(expected.Count, recorder.Entered.Count);
        Assert.All(expected.Zip(recorder.Entered), pair => Assert.Same(pair.First, pair.Second));
        Assert.Equal(expected.Count, recorder.Left.Count);
        Assert.Same(document, recorder.Left[^1]);
    }
}
