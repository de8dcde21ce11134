using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class AllVariableUsesDefinedTests
{
    private static readonly Func<ValidationRule> Rule = () => new AllVariableUsesDefined();

    [Fact]
    public void AllVariableUsesDefined_SpecDefinedVariable_IsValid() => ExpectValid(
        """
        query variableIsDefined($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Rule);

    [Fact]
    public void AllVariableUsesDefined_SpecUndefinedVariable_IsInvalid() => ExpectErrors(
        """
        query variableIsNotDefined {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", (3, 34), (1, 1)));

    [Fact]
    public void AllVariableUsesDefined_SpecVariableDefinedForFragment_IsValid() => ExpectValid(
        """
        query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
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
    public void AllVariableUsesDefined_SpecUndefinedInFragment_IsInvalid() => ExpectErrors(
        """
        query variableIsNotDefinedUsedInSingleFragment {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Rule,
        new ExpectedError("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\".", (8, 32), (1, 1)));

    [Fact]
    public void AllVariableUsesDefined_SpecUndefinedInNestedFragment_IsInvalid() => ExpectErrors(
        """
        query variableIsNotDefinedUsedInNestedFragment {
          dog {
            ...outerHouseTrainedFragment
          }
        }

        fragment outerHouseTrainedFragment on Dog {
          ...isHouseTrainedFragment
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Rule,
        new ExpectedError("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\".", (12, 32), (1, 1)));

    [Fact]
    public void AllVariableUsesDefined_SpecDefinedInEveryOperation_IsValid() => ExpectValid(
        """
        query houseTrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query houseTrainedQueryTwo($atOtherHomes: Boolean) {
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
    public void AllVariableUsesDefined_SpecMissingInOneOperation_IsInvalidForThatOperation() => ExpectErrors(
        """
        query houseTrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query houseTrainedQueryTwoNotDefined {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Rule,
        new ExpectedError("Variable \"$atOtherHomes\" is not defined by operation \"houseTrainedQueryTwoNotDefined\".", (14, 32), (7, 1)));

    [Fact]
    public void AllVariableUsesDefined_AnonymousOperationAndDirectiveUsage_IsReported() => ExpectErrors(
        """
        { dog { name @include(if: $show) } }
        """,
        Rule,
        new ExpectedError("Variable \"$show\" is not defined.", (1, 27), (1, 1)));

    [Fact]
    public void AllVariableUsesDefined_VariableInsideListAndObjectLiterals_IsFound() => ExpectErrors(
        """
        query q { findDog(searchBy: { name: $n }) { name } arguments { booleanListArgField(booleanListArg: [$b]) } }
        """,
        Rule,
        new ExpectedError("Variable \"$n\" is not defined by operation \"q\".", (1, 37), (1, 1)),
        new ExpectedError("Variable \"$b\" is not defined by operation \"q\".", (1, 101), (1, 1)));

    [Fact]
    public void AllVariableUsesDefined_AllRules_UndefinedVariableIsReportedAfterTheErrorsInsideTheOperation() => AssertErrors(
        Validate("""
            query Q {
              dog { unknownField isHouseTrained(atOtherHomes: $missing) }
            }
            """),
        [
            ("Cannot query field \"unknownField\" on type \"Dog\".", 2, 9),
            new ExpectedError("Variable \"$missing\" is not defined by operation \"Q\".", (2, 51), (1, 1)),
        ]);
}
