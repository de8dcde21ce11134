using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class InputObjectRequiredFieldsTests
{
    private static readonly Func<ValidationRule> Rule = () => new InputObjectRequiredFields();

    [Fact]
    public void InputObjectRequiredFields_RequiredFieldGiven_IsValid() => ExpectValid(
        """
        { requiredFields(input: { requiredField: true }) }
        """,
        Rule);

    [Fact]
    public void InputObjectRequiredFields_NonNullFieldWithDefaultOmitted_IsValid() => ExpectValid(
        """
        { requiredFields(input: { requiredField: false, optionalField: 1 }) }
        """,
        Rule);

    [Fact]
    public void InputObjectRequiredFields_RequiredFieldMissing_IsInvalid() => ExpectErrors(
        """
        { requiredFields(input: { optionalField: 1 }) }
        """,
        Rule,
        ("Field \"RequiredFieldsInput.requiredField\" of required type \"Boolean!\" was not provided.", 1, 25));

    [Fact]
    public void InputObjectRequiredFields_MissingInNestedObjectAndListItems_IsReportedAtEachObject() => ExpectErrors(
        """
        mutation {
          addPets(pets: [{ dog: { nickname: "Rex" } }, { cat: { name: "Tom" } }, { cat: {} }])
        }
        """,
        Rule,
        ("Field \"DogInput.name\" of required type \"String!\" was not provided.", 2, 25),
        ("Field \"CatInput.name\" of required type \"String!\" was not provided.", 2, 81));

    [Fact]
    public void InputObjectRequiredFields_RequiredFieldGivenNull_IsLeftToValuesOfCorrectType() => ExpectValid(
        """
        { requiredFields(input: { requiredField: null }) }
        """,
        Rule);

    [Fact]
    public void InputObjectRequiredFields_RequiredFieldGivenNull_IsReportedOnceByAllRules() => AssertErrors(
        Validate("""
            { requiredFields(input: { requiredField: null }) }
            """),
        [("Expected value of type \"Boolean!\", found null.", 1, 42)]);

    [Fact]
    public void InputObjectRequiredFields_MissingInVariableDefaultValue_IsInvalid() => ExpectErrors(
        """
        query q($in: RequiredFieldsInput = { nested: { requiredField: true } }) { requiredFields(input: $in) }
        """,
        Rule,
        ("Field \"RequiredFieldsInput.requiredField\" of required type \"Boolean!\" was not provided.", 1, 36));

    [Fact]
    public void InputObjectRequiredFields_ObjectsInsideAListGivenForANonListInputObject_AreNotJudged() => AssertErrors(
        Validate("{ requiredFields(input: [{ optionalField: 1 }, { unknown: 2 }]) }"),
        [("Expected value of type \"RequiredFieldsInput\", found [{optionalField: 1}, {unknown: 2}].", 1, 25)]);
}
