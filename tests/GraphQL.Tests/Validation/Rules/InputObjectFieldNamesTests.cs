using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class InputObjectFieldNamesTests
{
    private static readonly Func<ValidationRule> Rule = () => new InputObjectFieldNames();

    [Fact]
    public void InputObjectFieldNames_SpecDefinedField_IsValid() => ExpectValid(
        """
        {
          findDog(searchBy: { name: "Fido" }) {
            name
          }
        }
        """,
        Rule);

    [Fact]
    public void InputObjectFieldNames_SpecUndefinedField_IsInvalid() => ExpectErrors(
        """
        {
          findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
            name
          }
        }
        """,
        Rule,
        ("Field \"favoriteCookieFlavor\" is not defined by type \"FindDogInput\".", 2, 23));

    [Fact]
    public void InputObjectFieldNames_MisspeltField_SuggestsTheDefinedOne() => ExpectErrors(
        """
        { findDog(searchBy: { nmae: "Fido" }) { name } }
        """,
        Rule,
        ("Field \"nmae\" is not defined by type \"FindDogInput\". Did you mean \"name\"?", 1, 23));

    [Fact]
    public void InputObjectFieldNames_NestedObjectsInListsAndOneOf_AreChecked() => ExpectErrors(
        """
        mutation {
          addPets(pets: [{ dog: { name: "Rex", color: "brown" } }, { bird: {} }])
        }
        """,
        Rule,
        ("Field \"color\" is not defined by type \"DogInput\".", 2, 40),
        ("Field \"bird\" is not defined by type \"PetInput\".", 2, 62));

    [Fact]
    public void InputObjectFieldNames_FieldsInVariableDefaultValues_AreChecked() => ExpectErrors(
        """
        query q($search: FindDogInput = { breed: "pug" }) { findDog(searchBy: $search) { name } }
        """,
        Rule,
        ("Field \"breed\" is not defined by type \"FindDogInput\".", 1, 35));

    [Fact]
    public void InputObjectFieldNames_ObjectGivenToAScalar_IsLeftToValuesOfCorrectType() => ExpectValid(
        """
        { arguments { intArgField(intArg: { anything: 1 }) } }
        """,
        Rule);
}
