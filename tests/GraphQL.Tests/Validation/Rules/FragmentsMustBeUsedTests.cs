using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class FragmentsMustBeUsedTests
{
    private static readonly Func<ValidationRule> Rule = () => new FragmentsMustBeUsed();

    [Fact]
    public void FragmentsMustBeUsed_SpecUnusedFragment_IsInvalid() => ExpectErrors(
        """
        fragment nameFragment on Dog { # unused
          name
        }

        {
          dog {
            name
          }
        }
        """,
        Rule,
        ("Fragment \"nameFragment\" is never used.", 1, 1));

    [Fact]
    public void FragmentsMustBeUsed_FragmentsUsedTransitivelyOrByAnyOperation_AreValid() => ExpectValid(
        """
        query A { dog { ...outer } }
        query B { human { ...humanFields } }
        fragment outer on Dog { ...inner }
        fragment inner on Dog { name }
        fragment humanFields on Human { name }
        """,
        Rule);

    [Fact]
    public void FragmentsMustBeUsed_FragmentsOnlySpreadByUnusedFragments_AreInvalid() => ExpectErrors(
        """
        { dog { name } }
        fragment unusedOuter on Dog { ...unusedInner }
        fragment unusedInner on Dog { name }
        """,
        Rule,
        ("Fragment \"unusedOuter\" is never used.", 2, 1),
        ("Fragment \"unusedInner\" is never used.", 3, 1));
}
