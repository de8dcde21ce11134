using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class FragmentNameUniquenessTests
{
    private static readonly Func<ValidationRule> Rule = () => new FragmentNameUniqueness();

    [Fact]
    public void FragmentNameUniqueness_SpecDistinctNames_AreValid() => ExpectValid(
        """
        {
          dog {
            ...fragmentOne
            ...fragmentTwo
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentTwo on Dog {
          owner {
            name
          }
        }
        """,
        Rule);

    [Fact]
    public void FragmentNameUniqueness_SpecSameNameTwice_IsInvalid() => ExpectErrors(
        """
        {
          dog {
            ...fragmentOne
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentOne on Dog {
          owner {
            name
          }
        }
        """,
        Rule,
        new ExpectedError("There can be only one fragment named \"fragmentOne\".", (7, 10), (11, 10)));

    [Fact]
    public void FragmentNameUniqueness_InlineFragments_AreNotConcerned() => ExpectValid(
        """
        { dog { ... on Dog { name } ... on Dog { nickname } } }
        """,
        Rule);
}
