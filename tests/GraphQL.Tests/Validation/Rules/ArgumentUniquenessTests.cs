using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class ArgumentUniquenessTests
{
    private static readonly Func<ValidationRule> Rule = () => new ArgumentUniqueness();

    [Fact]
    public void ArgumentUniqueness_DistinctArguments_AreValid() => ExpectValid(
        """
        { arguments { multipleRequirements(x: 1, y: 2) } dog { name @include(if: true) } }
        """,
        Rule);

    [Fact]
    public void ArgumentUniqueness_SameFieldArgumentTwice_IsInvalid() => ExpectErrors(
        """
        { arguments { multipleRequirements(x: 1, x: 2, y: 3) } }
        """,
        Rule,
        new ExpectedError("There can be only one argument named \"x\".", (1, 36), (1, 42)));

    [Fact]
    public void ArgumentUniqueness_SameDirectiveArgumentThreeTimes_IsOneError() => ExpectErrors(
        """
        { dog { name @include(if: true, if: false, if: true) } }
        """,
        Rule,
        new ExpectedError("There can be only one argument named \"if\".", (1, 23), (1, 33), (1, 44)));
}
