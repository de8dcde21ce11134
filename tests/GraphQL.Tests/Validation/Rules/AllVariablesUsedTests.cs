using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class AllVariablesUsedTests
{
    private static readonly Func<ValidationRule> Rule = () => new AllVariablesUsed();

    [Fact]
    public void AllVariablesUsed_SpecUnusedVariable_IsInvalid() => ExpectErrors(
        """
        query variableUnused($atOtherHomes: Boolean) {
          dog {
            isHouseTrained
          }
        }
        """,
        Rule,
        ("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", 1, 22));

    [Fact]
    public void AllVariablesUsed_SpecUsedInFragment_IsValid() => ExpectValid(
        """
        query variableUsedInFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Rule);

    [Fact]
    public void AllVariablesUsed_SpecNotUsedWithinFragment_IsInvalid() => ExpectErrors(
        """
        query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedWithoutVariableFragment
          }
        }

        fragment isHouseTrainedWithoutVariableFragment on Dog {
          isHouseTrained
        }
        """,
        Rule,
        ("Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\".", 1, 37));

    [Fact]
    public void AllVariablesUsed_SpecExtraVariableInOneOperation_IsInvalid() => ExpectErrors(
        """
        query queryWithUsedVar($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Rule,
        ("Variable \"$extra\" is never used in operation \"queryWithExtraVar\".", 7, 49));

    [Fact]
    public void AllVariablesUsed_UsedOnlyInDirective_IsValid() => ExpectValid(
        """
        query q($show: Boolean!) { dog { name @include(if: $show) } }
        """,
        Rule);

    [Fact]
    public void AllVariablesUsed_UsedOnlyInAnotherVariablesDefault_IsNotAUse() => ExpectErrors(
        """
        query ($a: Int) { dog { name } }
        """,
        Rule,
        ("Variable \"$a\" is never used.", 1, 8));

    [Fact]
    public void AllVariablesUsed_AllRules_UnusedVariableIsReportedAfterTheErrorsInsideTheOperation() => AssertErrors(
        Validate("""
            query Q($unused: Int) {
              dog { unknownField }
            }
            """),
        [
            ("Cannot query field \"unknownField\" on type \"Dog\".", 2, 9),
            ("Variable \"$unused\" is never used in operation \"Q\".", 1, 9),
        ]);
}
