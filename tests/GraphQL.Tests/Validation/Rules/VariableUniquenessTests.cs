using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class VariableUniquenessTests
{
    private static readonly Func<ValidationRule> Rule = () => new VariableUniqueness();

    [Fact]
    public void VariableUniqueness_SpecSameVariableTwice_IsInvalid() => ExpectErrors(
        """
        query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Rule,
        new ExpectedError("There can be only one variable named \"$atOtherHomes\".", (1, 26), (1, 50)));

    [Fact]
    public void VariableUniqueness_SpecSameNameInTwoOperations_IsValid() => ExpectValid(
        """
        query A($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        query B($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        fragment HouseTrainedFragment on Query {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Rule);
}
