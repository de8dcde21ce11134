using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class DirectivesAreUniquePerLocationTests
{
    private static readonly Func<ValidationRule> Rule = () => new DirectivesAreUniquePerLocation();

    [Fact]
    public void DirectivesAreUniquePerLocation_SpecSkipTwiceOnOneField_IsInvalid() => ExpectErrors(
        """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) @skip(if: $bar)
        }
        """,
        Rule,
        new ExpectedError("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 25)));

    [Fact]
    public void DirectivesAreUniquePerLocation_SpecSkipOncePerLocation_IsValid() => ExpectValid(
        """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) {
            subfieldA
          }
          field @skip(if: $bar) {
            subfieldB
          }
        }
        """,
        Rule);

    [Fact]
    public void DirectivesAreUniquePerLocation_RepeatableDirective_MayRepeat() => ExpectValid(
        """
        { dog { name @repeatableTag(name: "a") @repeatableTag(name: "b") } }
        """,
        Rule);

    [Fact]
    public void DirectivesAreUniquePerLocation_DuplicatesOnOperationsAndFragments_AreInvalid() => ExpectErrors(
        """
        query q @onQuery @onQuery { dog { ...f } }
        fragment f on Dog @onFragmentDefinition @onFragmentDefinition { name }
        """,
        Rule,
        new ExpectedError("The directive \"@onQuery\" can only be used once at this location.", (1, 9), (1, 18)),
        new ExpectedError("The directive \"@onFragmentDefinition\" can only be used once at this location.", (2, 19), (2, 41)));

    [Fact]
    public void DirectivesAreUniquePerLocation_UnknownDirectiveTwice_IsLeftToDirectivesAreDefined() => AssertErrors(
        Validate("{ dog { name @unknown @unknown } }"),
        [
            ("Unknown directive \"@unknown\".", 1, 14),
            ("Unknown directive \"@unknown\".", 1, 23),
        ]);
}
