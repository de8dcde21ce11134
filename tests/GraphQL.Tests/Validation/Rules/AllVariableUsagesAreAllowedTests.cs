using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class AllVariableUsagesAreAllowedTests
{
    private static readonly Func<ValidationRule> Rule = () => new AllVariableUsagesAreAllowed();

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecIntIntoBoolean_IsInvalid() => ExpectErrors(
        """
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", (1, 30), (3, 33)));

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecListIntoSingleValue_IsInvalid() => ExpectErrors(
        """
        query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
          arguments {
            booleanArgField(booleanArg: $booleanListArg)
          }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", (1, 38), (3, 33)));

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecNullableIntoNonNull_IsInvalid() => ExpectErrors(
        """
        query booleanArgQuery($booleanArg: Boolean) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 23), (3, 47)));

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecNonNullListIntoNullableList_IsValid() => ExpectValid(
        """
        query nonNullListToList($nonNullBooleanList: [Boolean]!) {
          arguments {
            booleanListArgField(booleanListArg: $nonNullBooleanList)
          }
        }
        """,
        Rule);

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecNullableListIntoNonNullList_IsInvalid() => ExpectErrors(
        """
        query listToNonNullList($booleanList: [Boolean]) {
          arguments {
            nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
          }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", (1, 25), (3, 52)));

    [Fact]
    public void AllVariableUsagesAreAllowed_ListOfNullableIntoListOfNonNull_IsInvalid() => ExpectErrors(
        """
        query q($list: [Boolean]) {
          arguments { nonNullItemsListField(list: $list) }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$list\" of type \"[Boolean]\" used in position expecting type \"[Boolean!]\".", (1, 9), (2, 43)));

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecLocationWithDefaultValue_AcceptsNullableVariable() => ExpectValid(
        """
        query booleanArgQueryWithDefault($booleanArg: Boolean) {
          arguments {
            optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
          }
        }
        """,
        Rule);

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecVariableWithDefaultValue_AcceptedInNonNullPosition() => ExpectValid(
        """
        query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """,
        Rule);

    [Fact]
    public void AllVariableUsagesAreAllowed_VariableWithNullDefault_IsNotEnoughForNonNullPosition() => ExpectErrors(
        """
        query q($booleanArg: Boolean = null) {
          arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (2, 57)));

    [Fact]
    public void AllVariableUsagesAreAllowed_DefaultDoesNotExcuseAWrongType() => ExpectErrors(
        """
        query q($n: Int = 1) {
          arguments { nonNullBooleanArgField(nonNullBooleanArg: $n) }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$n\" of type \"Int\" used in position expecting type \"Boolean!\".", (1, 9), (2, 57)));

    [Fact]
    public void AllVariableUsagesAreAllowed_NonNullVariableInNullablePosition_IsValid() => ExpectValid(
        """
        query q($b: Boolean!, $items: [Boolean!]!) {
          arguments {
            booleanArgField(booleanArg: $b)
            booleanListArgField(booleanListArg: $items)
          }
        }
        """,
        Rule);

    [Fact]
    public void AllVariableUsagesAreAllowed_ItemInsideListLiteral_UsesTheItemType() => ExpectErrors(
        """
        query q($ok: Boolean!, $nullable: Boolean, $wrong: String) {
          arguments { nonNullItemsListField(list: [$ok, $nullable, $wrong]) }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$nullable\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 24), (2, 49)),
        new ExpectedError("Variable \"$wrong\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 44), (2, 60)));

    [Fact]
    public void AllVariableUsagesAreAllowed_InputObjectFieldWithDefault_AcceptsNullableVariable() => ExpectValid(
        """
        query q($flag: Boolean) {
          requiredFields(input: { requiredField: true, nonNullWithDefault: $flag })
        }
        """,
        Rule);

    [Fact]
    public void AllVariableUsagesAreAllowed_RequiredInputObjectField_RejectsNullableVariable() => ExpectErrors(
        """
        query q($flag: Boolean) {
          requiredFields(input: { requiredField: $flag })
        }
        """,
        Rule,
        new ExpectedError("Variable \"$flag\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (2, 42)));

    [Fact]
    public void AllVariableUsagesAreAllowed_UsageInFragment_CheckedForEachOperation() => ExpectErrors(
        """
        query ok($cmd: DogCommand!) { dog { ...known } }
        query bad($cmd: DogCommand) { dog { ...known } }

        fragment known on Dog {
          doesKnowCommand(dogCommand: $cmd)
        }
        """,
        Rule,
        new ExpectedError("Variable \"$cmd\" of type \"DogCommand\" used in position expecting type \"DogCommand!\".", (2, 11), (5, 31)));

    [Fact]
    public void AllVariableUsagesAreAllowed_DirectiveArguments_AreChecked() => ExpectErrors(
        """
        query q($cond: Boolean) { dog { name @include(if: $cond) } }
        """,
        Rule,
        new ExpectedError("Variable \"$cond\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 51)));

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecNonNullVariablesInOneOfFields_AreValid() => ExpectValid(
        """
        mutation addCat($cat: CatInput!) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }

        mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """,
        Rule);

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecNullableVariableInOneOfField_IsInvalid() => ExpectErrors(
        """
        mutation addNullableCat($cat: CatInput) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 25), (2, 22)));

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecNullableVariableInOneOfInsideList_IsInvalid() => ExpectErrors(
        """
        mutation listOfOneOfWithNullableVariable($dog: DogInput) {
          addPets(pets: [{ dog: $dog }]) {
            name
          }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$dog\" is of type \"DogInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 42), (2, 25)));

    [Fact]
    public void AllVariableUsagesAreAllowed_NullableVariableWithNonNullDefaultInOneOfField_IsValid() => ExpectValid(
        """
        mutation m($cat: CatInput = { name: "Tom" }) {
          addPet(pet: { cat: $cat }) { name }
        }
        """,
        Rule);

    [Fact]
    public void AllVariableUsagesAreAllowed_NullableVariableWithNullDefaultInOneOfField_IsInvalid() => ExpectErrors(
        """
        mutation m($cat: CatInput = null) {
          addPet(pet: { cat: $cat }) { name }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 12), (2, 22)));

    [Fact]
    public void AllVariableUsagesAreAllowed_NullableVariableAsWholeOneOfListItem_IsJudgedByTheListItemType() => ExpectErrors(
        """
        mutation m($pet: PetInput) {
          addPets(pets: [$pet]) { name }
        }
        """,
        Rule,
        new ExpectedError("Variable \"$pet\" of type \"PetInput\" used in position expecting type \"PetInput!\".", (1, 12), (2, 18)));

    [Fact]
    public void AllVariableUsagesAreAllowed_UndefinedVariablesAndUnknownTypes_AreLeftToOtherRules() => ExpectValid(
        """
        query q($x: UnknownType) {
          arguments { booleanArgField(booleanArg: $x) intArgField(intArg: $undefined) }
        }
        """,
        Rule);
}
