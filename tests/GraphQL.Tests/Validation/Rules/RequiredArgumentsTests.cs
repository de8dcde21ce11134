using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class RequiredArgumentsTests
{
    private static readonly Func<ValidationRule> Rule = () => new RequiredArguments();

    [Fact]
    public void RequiredArguments_SpecGivenArguments_AreValid() => ExpectValid(
        """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment goodNonNullArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: true)
        }
        """,
        Rule);

    [Fact]
    public void RequiredArguments_SpecOmittedNullableArgument_IsValid() => ExpectValid(
        """
        fragment goodBooleanArgDefault on Arguments {
          booleanArgField
        }
        """,
        Rule);

    [Fact]
    public void RequiredArguments_SpecOmittedRequiredArgument_IsInvalid() => ExpectErrors(
        """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField
        }
        """,
        Rule,
        ("Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided.", 2, 3));

    [Fact]
    public void RequiredArguments_SpecNullForRequiredArgument_IsReportedByValuesOfCorrectType() => AssertErrors(
        Validate("""
            { arguments { ...missingRequiredArg } }
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: null)
            }
            """),
        [("Expected value of type \"Boolean!\", found null.", 3, 45)]);

    [Fact]
    public void RequiredArguments_NonNullArgumentWithDefault_MayBeOmitted() => ExpectValid(
        """
        { arguments { optionalNonNullBooleanArgField } }
        """,
        Rule);

    [Fact]
    public void RequiredArguments_EveryMissingArgument_IsReported() => ExpectErrors(
        """
        { arguments { multipleRequirements } }
        """,
        Rule,
        ("Field \"multipleRequirements\" argument \"x\" of type \"Int!\" is required, but it was not provided.", 1, 15),
        ("Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided.", 1, 15));

    [Fact]
    public void RequiredArguments_DirectiveWithoutRequiredArgument_IsInvalid() => ExpectErrors(
        """
        { dog { name @include name @withRequired(label: "x") } }
        """,
        Rule,
        ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 1, 14),
        ("Directive \"@withRequired\" argument \"level\" of type \"Int!\" is required, but it was not provided.", 1, 28));
}
