using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules.Custom;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules.Custom;

public class MaxDepthTests
{
    private static readonly Func<ValidationRule> Rule = () => new MaxDepth();

    [Fact]
    public void MaxDepth_WithinTheLimit_IsValid() => ExpectErrorsWith(
        null,
        new GraphQLOptions { MaxQueryDepth = 3 },
        "{ dog { owner { name } } }",
        Rule);

    [Fact]
    public void MaxDepth_OverTheLimit_IsReportedAtTheOperation() => ExpectErrorsWith(
        null,
        new GraphQLOptions { MaxQueryDepth = 3 },
        """
        query Deep {
          dog { owner { pets { name } } }
        }
        """,
        Rule,
        ("Operation \"Deep\" is nested deeper than the maximum depth of 3 (MaxQueryDepth).", 1, 1));

    [Fact]
    public void MaxDepth_FragmentsAndInlineFragments_CountTheirFields() => ExpectErrorsWith(
        null,
        new GraphQLOptions { MaxQueryDepth = 3 },
        """
        { dog { ...ownerPets } }
        fragment ownerPets on Dog { ... on Dog { owner { pets { name } } } }
        """,
        Rule,
        ("The anonymous operation is nested deeper than the maximum depth of 3 (MaxQueryDepth).", 1, 1));

    [Fact]
    public void MaxDepth_FragmentCycles_DoNotLoop() => ExpectErrorsWith(
        null,
        new GraphQLOptions { MaxQueryDepth = 5 },
        """
        { dog { ...a } }
        fragment a on Dog { owner { pets { ...a } } }
        """,
        Rule);

    [Fact]
    public void MaxDepth_ZeroLimit_TurnsTheRuleOff() => ExpectErrorsWith(
        null,
        new GraphQLOptions { MaxQueryDepth = 0 },
        "{ dog { owner { pets { ... on Dog { owner { pets { name } } } } } } }",
        Rule);

    [Fact]
    public void MaxDepth_FragmentSpreadTwiceInEveryLink_IsMeasuredOncePerFragment()
    {
        // Each fragment spreads the next one twice without adding depth: walking every path would
        // take 2^40 steps (the test would not finish); remembering each fragment's depth takes 40.
        var fragments = Enumerable.Range(0, 40).Select(i => $"fragment f{i} on Dog {{ ...f{i + 1} ...f{i + 1} }}");
        var document = "{ dog { ...f0 } }\n" + string.Join("\n", fragments) + "\nfragment f40 on Dog { name }";

        ExpectErrorsWith(null, new GraphQLOptions { MaxQueryDepth = 2 }, document, Rule);
        ExpectErrorsWith(
            null,
            new GraphQLOptions { MaxQueryDepth = 1 },
            document,
            Rule,
            ("The anonymous operation is nested deeper than the maximum depth of 1 (MaxQueryDepth).", 1, 1));
    }
}
