using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class OperationNameUniquenessTests
{
    private static readonly Func<ValidationRule> Rule = () => new OperationNameUniqueness();

    [Fact]
    public void OperationNameUniqueness_SpecDistinctNames_AreValid() => ExpectValid(
        """
        query getDogName {
          dog {
            name
          }
        }

        query getOwnerName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        Rule);

    [Fact]
    public void OperationNameUniqueness_SpecSameNameTwice_IsInvalid() => ExpectErrors(
        """
        query getName {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        Rule,
        new ExpectedError("There can be only one operation named \"getName\".", (1, 7), (7, 7)));

    [Fact]
    public void OperationNameUniqueness_SpecSameNameDifferentOperationTypes_IsInvalid() => ExpectErrors(
        """
        query dogOperation {
          dog {
            name
          }
        }

        mutation dogOperation {
          mutateDog {
            id
          }
        }
        """,
        Rule,
        new ExpectedError("There can be only one operation named \"dogOperation\".", (1, 7), (7, 10)));

    [Fact]
    public void OperationNameUniqueness_FragmentWithAnOperationsName_IsValid() => ExpectValid(
        """
        query Foo { dog { ...Foo } }
        fragment Foo on Dog { name }
        """,
        Rule);
}
