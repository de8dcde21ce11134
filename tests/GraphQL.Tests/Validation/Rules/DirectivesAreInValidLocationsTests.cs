using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class DirectivesAreInValidLocationsTests
{
    private static readonly Func<ValidationRule> Rule = () => new DirectivesAreInValidLocations();

    [Fact]
    public void DirectivesAreInValidLocations_SpecSkipOnQuery_IsInvalid() => ExpectErrors(
        """
        query @skip(if: $foo) {
          field
        }
        """,
        Rule,
        ("Directive \"@skip\" may not be used on QUERY.", 1, 7));

    [Fact]
    public void DirectivesAreInValidLocations_DirectivesInTheirLocations_AreValid() => ExpectValid(
        """
        query q($v: Int @onVariableDefinition) @onQuery {
          dog @include(if: true) { ...f @skip(if: false) ... @include(if: true) { name } }
        }
        mutation m @onMutation { mutateDog { name } }
        fragment f on Dog @onFragmentDefinition { name }
        """,
        Rule);

    [Fact]
    public void DirectivesAreInValidLocations_DirectivesInOtherLocations_AreInvalidOwnerByOwner() => ExpectErrors(
        """
        query q($v: Int @onQuery) @onMutation {
          dog @onQuery { ...f @onVariableDefinition }
        }
        mutation m @onQuery { mutateDog { name } }
        subscription s @onQuery { newMessage { body } }
        fragment f on Dog @skip(if: true) { name }
        """,
        Rule,
        ("Directive \"@onMutation\" may not be used on QUERY.", 1, 27),
        ("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", 1, 17),
        ("Directive \"@onQuery\" may not be used on FIELD.", 2, 7),
        ("Directive \"@onVariableDefinition\" may not be used on FRAGMENT_SPREAD.", 2, 23),
        ("Directive \"@onQuery\" may not be used on MUTATION.", 4, 12),
        ("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", 5, 16),
        ("Directive \"@skip\" may not be used on FRAGMENT_DEFINITION.", 6, 19));

    [Fact]
    public void DirectivesAreInValidLocations_InlineFragmentLocation_IsNamedAsTheSpecDoes() => ExpectErrors(
        """
        { dog { ... @onQuery { name } } }
        """,
        Rule,
        ("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", 1, 13));
}
