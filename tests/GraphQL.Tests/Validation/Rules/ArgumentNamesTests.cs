using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class ArgumentNamesTests
{
    private static readonly Func<ValidationRule> Rule = () => new ArgumentNames();

    [Fact]
    public void ArgumentNames_SpecDefinedArguments_AreValid() => ExpectValid(
        """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }

        fragment argOnOptional on Dog {
          isHouseTrained(atOtherHomes: true) @include(if: true)
        }
        """,
        Rule);

    [Fact]
    public void ArgumentNames_SpecUnknownFieldArgument_IsInvalid() => ExpectErrors(
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(command: CLEAN_UP_HOUSE)
        }
        """,
        Rule,
        ("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", 2, 19));

    [Fact]
    public void ArgumentNames_SpecUnknownDirectiveArgument_IsInvalid() => ExpectErrors(
        """
        fragment invalidArgName on Dog {
          isHouseTrained(atOtherHomes: true) @include(unless: false)
        }
        """,
        Rule,
        ("Unknown argument \"unless\" on directive \"@include\".", 2, 47));

    [Fact]
    public void ArgumentNames_SpecArgumentsInAnyOrder_AreValid() => ExpectValid(
        """
        fragment multipleArgs on Arguments {
          multipleRequirements(x: 1, y: 2)
        }

        fragment multipleArgsReverseOrder on Arguments {
          multipleRequirements(y: 2, x: 1)
        }
        """,
        Rule);

    [Fact]
    public void ArgumentNames_MisspeltArgument_SuggestsTheDefinedOne() => ExpectErrors(
        """
        { dog { isHouseTrained(atOtherHome: true) } }
        """,
        Rule,
        ("Unknown argument \"atOtherHome\" on field \"Dog.isHouseTrained\". Did you mean \"atOtherHomes\"?", 1, 24));

    [Fact]
    public void ArgumentNames_ArgumentsOfUnknownFieldsAndDirectives_AreLeftToOtherRules() => ExpectValid(
        """
        { dog { unknown(x: 1) name @unknown(atOtherHomes: true) isHouseTrained @unknown(atOtherHomes: true) } }
        """,
        Rule);
}
