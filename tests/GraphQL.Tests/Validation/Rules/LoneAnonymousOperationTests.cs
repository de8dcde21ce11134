using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class LoneAnonymousOperationTests
{
    private static readonly Func<ValidationRule> Rule = () => new LoneAnonymousOperation();

    [Fact]
    public void LoneAnonymousOperation_SpecSingleAnonymousOperation_IsValid() => ExpectValid(
        """
        {
          dog {
            name
          }
        }
        """,
        Rule);

    [Fact]
    public void LoneAnonymousOperation_SpecAnonymousWithNamedOperation_IsInvalid() => ExpectErrors(
        """
        {
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
        ("This anonymous operation must be the only defined operation.", 1, 1));

    [Fact]
    public void LoneAnonymousOperation_TwoAnonymousOperations_AreEachReported() => ExpectErrors(
        """
        { dog { name } }
        mutation { mutateDog { name } }
        """,
        Rule,
        ("This anonymous operation must be the only defined operation.", 1, 1),
        ("This anonymous operation must be the only defined operation.", 2, 1));

    [Fact]
    public void LoneAnonymousOperation_AnonymousOperationWithFragments_IsValid() => ExpectValid(
        """
        { dog { ...F } }
        fragment F on Dog { name }
        """,
        Rule);
}
