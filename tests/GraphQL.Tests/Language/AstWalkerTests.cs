using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public class AstWalkerTests
{
    private sealed class RecordingVisitor(Func<Node, VisitResult>? decide = null) : AstVisitor
    {
        public List<string> Events { get; } = [];

        public List<(Node Node, Node[] Ancestors)> Entered { get; } = [];

        public override VisitResult Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            Events.Add("enter " + Describe(node));
            Entered.Add((node, ancestors.ToArray()));
            return decide?.Invoke(node) ?? VisitResult.Continue;
        }

        public override void Leave(Node node, IReadOnlyList<Node> ancestors) => Events.Add("leave " + Describe(node));

        private static string Describe(Node node) => node switch
        {
            NameNode name => "Name " + name.Value,
            IntValueNode value => "Int " + value.Value,
            _ => node.Kind.ToString(),
        };
    }

    [Fact]
    public void AstWalker_EntersAndLeavesInSourceOrder()
    {
        var visitor = new RecordingVisitor();
        AstWalker.Walk(Parser.Parse("{ b: a(x: 1) }"), visitor);
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field",
                "enter Name b", "leave Name b", "enter Name a", "leave Name a",
                "enter Argument", "enter Name x", "leave Name x", "enter Int 1", "leave Int 1", "leave Argument",
                "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            visitor.Events);
    }

    [Fact]
    public void AstWalker_KitchenSink_VisitsEveryNodeKind()
    {
        var kinds = new HashSet<NodeKind>();
        AstWalker.Walk(Parser.Parse(KitchenSink.Source), node =>
        {
            kinds.Add(node.Kind);
            return VisitResult.Continue;
        });
        Assert.Equal(Enum.GetValues<NodeKind>().ToHashSet(), kinds);
    }

    [Fact]
    public void AstWalker_KitchenSink_VisitsNodesInSourcePositionOrder()
    {
        var starts = new List<int>();
        AstWalker.Walk(Parser.Parse(KitchenSink.Source), node =>
        {
            starts.Add(node.Location!.Value.Start);
            return VisitResult.Continue;
        });
        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public void AstWalker_Ancestors_RunFromRootToParent()
    {
        var visitor = new RecordingVisitor();
        AstWalker.Walk(Parser.Parse("{ a { b } }"), visitor);
        var (_, ancestors) = visitor.Entered.Single(e => e.Node is NameNode { Value: "b" });
        Assert.Equal(
            [NodeKind.Document, NodeKind.OperationDefinition, NodeKind.SelectionSet, NodeKind.Field, NodeKind.SelectionSet, NodeKind.Field],
            ancestors.Select(a => a.Kind));
    }

    [Fact]
    public void AstWalker_SkipChildren_SkipsSubtreeButLeaves()
    {
        var visitor = new RecordingVisitor(node => node is FieldNode { Name.Value: "a" } ? VisitResult.SkipChildren : VisitResult.Continue);
        AstWalker.Walk(Parser.Parse("{ a { b } c }"), visitor);
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet",
                "enter Field", "leave Field",
                "enter Field", "enter Name c", "leave Name c", "leave Field",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            visitor.Events);
    }

    [Fact]
    public void AstWalker_Break_StopsAtOnce()
    {
        var visitor = new RecordingVisitor(node => node is NameNode { Value: "b" } ? VisitResult.Break : VisitResult.Continue);
        AstWalker.Walk(Parser.Parse("{ a b c }"), visitor);
        Assert.Equal("enter Name b", visitor.Events[^1]);
        Assert.DoesNotContain("enter Name c", visitor.Events);
    }

    [Fact]
    public void AstWalker_DeepTreeBuiltInCode_DoesNotOverflowStack()
    {
        TypeNode type = new NamedTypeNode(new NameNode("Int"));
        for (var i = 0; i < 200_000; i++)
        {
            type = new ListTypeNode(type);
        }

        var entered = 0;
        var left = 0;
        AstWalker.Walk(type, _ =>
        {
            entered++;
            return VisitResult.Continue;
        }, _ => left++);
        Assert.Equal(200_002, entered);
        Assert.Equal(200_002, left);
    }
}
