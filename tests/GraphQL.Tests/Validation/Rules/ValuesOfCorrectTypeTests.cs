using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class ValuesOfCorrectTypeTests
{
    private static readonly Func<ValidationRule> Rule = () => new ValuesOfCorrectType();

    [Fact]
    public void ValuesOfCorrectType_SpecValidLiterals_AreAccepted() => ExpectValid(
        """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment coercedIntIntoFloatArg on Arguments {
          floatArgField(floatArg: 123)
        }

        query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
          findDog(searchBy: $search) {
            name
          }
        }

        mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
          addPet(pet: $pet) {
            name
          }
        }
        """,
        Rule);

    [Fact]
    public void ValuesOfCorrectType_SpecStringIntoInt_IsReportedWithTheScalarsMessage() => ExpectErrors(
        """
        fragment stringIntoInt on Arguments {
          intArgField(intArg: "123")
        }
        """,
        Rule,
        ("Expected value of type \"Int\", found \"123\"; Int cannot represent non-integer value: \"123\"", 2, 23));

    [Fact]
    public void ValuesOfCorrectType_SpecBadComplexValue_IsReportedAtTheField() => ExpectErrors(
        """
        query badComplexValue {
          findDog(searchBy: { name: 123 }) {
            name
          }
        }
        """,
        Rule,
        ("Expected value of type \"String\", found 123; String cannot represent a non string value: 123", 2, 29));

    [Fact]
    public void ValuesOfCorrectType_SpecOneOfWithNoFields_IsInvalid() => ExpectErrors(
        """
        mutation oneOfWithNoFields {
          addPet(pet: {}) {
            name
          }
        }
        """,
        Rule,
        ("OneOf Input Object \"PetInput\" must specify exactly one key.", 2, 15));

    [Fact]
    public void ValuesOfCorrectType_SpecOneOfWithTwoFields_IsInvalid() => ExpectErrors(
        """
        mutation oneOfWithTwoFields($dog: DogInput) {
          addPet(pet: { cat: { name: "Brontie" }, dog: $dog }) {
            name
          }
        }
        """,
        Rule,
        ("OneOf Input Object \"PetInput\" must specify exactly one key.", 2, 15));

    [Fact]
    public void ValuesOfCorrectType_OneOfFieldGivenNullLiteral_IsInvalid() => ExpectErrors(
        """
        mutation {
          addPet(pet: { cat: null }) { name }
        }
        """,
        Rule,
        ("Field \"PetInput.cat\" must be non-null.", 2, 15));

    [Fact]
    public void ValuesOfCorrectType_OneOfInListWithOneField_IsValid() => ExpectValid(
        """
        mutation {
          addPets(pets: [{ cat: { name: "Brontie" } }, { dog: { name: "Rex" } }]) { name }
        }
        """,
        Rule);

    [Theory]
    [InlineData("intArgField(intArg: 3.5)", "Int", "3.5", "Int cannot represent non-integer value: 3.5", 21)]
    [InlineData("intArgField(intArg: 3000000000)", "Int", "3000000000", "Int cannot represent non 32-bit signed integer value: 3000000000", 21)]
    [InlineData("booleanArgField(booleanArg: \"true\")", "Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"", 29)]
    [InlineData("floatArgField(floatArg: TRUE)", "Float", "TRUE", "Float cannot represent non numeric value: TRUE", 25)]
    [InlineData("stringArgField(stringArg: 1)", "String", "1", "String cannot represent a non string value: 1", 27)]
    [InlineData("idArgField(idArg: 1.5)", "ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5", 19)]
    public void ValuesOfCorrectType_LiteralTheScalarRejects_IsReported(string field, string type, string printed, string reason, int column) => ExpectErrors(
        $$"""
        {
          arguments {
            {{field}}
          }
        }
        """,
        Rule,
        ($"Expected value of type \"{type}\", found {printed}; {reason}", 3, 4 + column));

    [Fact]
    public void ValuesOfCorrectType_IntAndStringIntoId_AreAccepted() => ExpectValid(
        """
        { arguments { a: idArgField(idArg: 1) b: idArgField(idArg: "x") } }
        """,
        Rule);

    [Fact]
    public void ValuesOfCorrectType_CustomScalarLiteral_UsesItsParseLiteral() => ExpectErrors(
        """
        {
          a: when(at: "2024-01-31T10:00:00Z")
          b: when(at: "yesterday")
        }
        """,
        Rule,
        ("Expected value of type \"DateTime\", found \"yesterday\"; DateTime cannot represent an invalid date-time string: \"yesterday\"", 3, 15));

    [Fact]
    public void ValuesOfCorrectType_UnknownEnumValue_SuggestsSimilarValues() => ExpectErrors(
        """
        { dog { doesKnowCommand(dogCommand: SITT) } }
        """,
        Rule,
        ("Value \"SITT\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", 1, 37));

    [Fact]
    public void ValuesOfCorrectType_StringIntoEnum_IsInvalidAndSuggestsTheValue() => ExpectErrors(
        """
        { dog { doesKnowCommand(dogCommand: "SIT") } }
        """,
        Rule,
        ("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", 1, 37));

    [Fact]
    public void ValuesOfCorrectType_IntIntoEnum_IsInvalid() => ExpectErrors(
        """
        { dog { doesKnowCommand(dogCommand: 2) } }
        """,
        Rule,
        ("Enum \"DogCommand\" cannot represent non-enum value: 2.", 1, 37));

    [Fact]
    public void ValuesOfCorrectType_EnumIntoString_IsInvalid() => ExpectErrors(
        """
        { arguments { stringArgField(stringArg: SIT) } }
        """,
        Rule,
        ("Expected value of type \"String\", found SIT; String cannot represent a non string value: SIT", 1, 41));

    [Fact]
    public void ValuesOfCorrectType_NullIntoNonNullArgument_IsInvalid() => ExpectErrors(
        """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: null)
        }
        """,
        Rule,
        ("Expected value of type \"Boolean!\", found null.", 2, 45));

    [Fact]
    public void ValuesOfCorrectType_NullIntoNullableArgumentAndListItem_IsValid() => ExpectValid(
        """
        { arguments { booleanArgField(booleanArg: null) booleanListArgField(booleanListArg: [true, null]) } }
        """,
        Rule);

    [Fact]
    public void ValuesOfCorrectType_NullListItemWhereItemsAreNonNull_IsInvalid() => ExpectErrors(
        """
        { arguments { nonNullItemsListField(list: [true, null]) } }
        """,
        Rule,
        ("Expected value of type \"Boolean!\", found null.", 1, 50));

    [Fact]
    public void ValuesOfCorrectType_SingleValueWhereListExpected_IsCoercedAndValid() => ExpectValid(
        """
        { arguments { booleanListArgField(booleanListArg: true) nestedListField(matrix: 1) } }
        """,
        Rule);

    [Fact]
    public void ValuesOfCorrectType_BadItemsInList_AreReportedEach() => ExpectErrors(
        """
        { arguments { booleanListArgField(booleanListArg: [true, 1, "x"]) } }
        """,
        Rule,
        ("Expected value of type \"Boolean\", found 1; Boolean cannot represent a non boolean value: 1", 1, 58),
        ("Expected value of type \"Boolean\", found \"x\"; Boolean cannot represent a non boolean value: \"x\"", 1, 61));

    [Fact]
    public void ValuesOfCorrectType_NestedLists_CheckInnerItems() => ExpectErrors(
        """
        { arguments { nestedListField(matrix: [[1, 2], [3, null], 4]) } }
        """,
        Rule,
        ("Expected value of type \"Int!\", found null.", 1, 52));

    [Fact]
    public void ValuesOfCorrectType_ListWhereSingleValueExpected_IsReportedOnceAsAWhole() => ExpectErrors(
        """
        { arguments { intArgField(intArg: [1, "two"]) } }
        """,
        Rule,
        ("Expected value of type \"Int\", found [1, \"two\"]; Int cannot represent non-integer value: [1, \"two\"]", 1, 35));

    [Fact]
    public void ValuesOfCorrectType_ObjectWhereScalarExpected_IsReportedOnceAsAWhole() => ExpectErrors(
        """
        { arguments { intArgField(intArg: { value: 1 }) } }
        """,
        Rule,
        ("Expected value of type \"Int\", found {value: 1}; Int cannot represent non-integer value: {value: 1}", 1, 35));

    [Fact]
    public void ValuesOfCorrectType_ScalarWhereInputObjectExpected_IsInvalid() => ExpectErrors(
        """
        { findDog(searchBy: "Fido") { name } }
        """,
        Rule,
        ("Expected value of type \"FindDogInput\", found \"Fido\".", 1, 21));

    [Fact]
    public void ValuesOfCorrectType_ListWhereInputObjectExpected_IsInvalid() => ExpectErrors(
        """
        { findDog(searchBy: [{ name: "Fido" }]) { name } }
        """,
        Rule,
        ("Expected value of type \"FindDogInput\", found [{name: \"Fido\"}].", 1, 21));

    [Fact]
    public void ValuesOfCorrectType_VariableDefaultValues_AreChecked() => ExpectErrors(
        """
        query q($a: Int = "one", $b: String! = null, $c: [DogCommand] = [SIT, JUMP], $d: FindDogInput = { name: 1 }) {
          dog { name }
        }
        """,
        Rule,
        ("Expected value of type \"Int\", found \"one\"; Int cannot represent non-integer value: \"one\"", 1, 19),
        ("Expected value of type \"String!\", found null.", 1, 40),
        ("Value \"JUMP\" does not exist in \"DogCommand\" enum.", 1, 71),
        ("Expected value of type \"String\", found 1; String cannot represent a non string value: 1", 1, 105));

    [Fact]
    public void ValuesOfCorrectType_DirectiveArguments_AreChecked() => ExpectErrors(
        """
        { dog { name @include(if: "yes") } }
        """,
        Rule,
        ("Expected value of type \"Boolean!\", found \"yes\"; Boolean cannot represent a non boolean value: \"yes\"", 1, 27));

    [Fact]
    public void ValuesOfCorrectType_VariablesInsideLiterals_AreNotCheckedHere() => ExpectValid(
        """
        query q($n: Int, $b: Boolean) {
          findDog(searchBy: { name: $n }) { name }
          arguments { booleanListArgField(booleanListArg: [$b, $n]) }
        }
        """,
        Rule);

    [Fact]
    public void ValuesOfCorrectType_UnknownArgumentsAndFields_AreLeftToOtherRules() => ExpectValid(
        """
        { dog { name(unknown: "x") } findDog(searchBy: { unknownField: 1 }) { name } }
        """,
        Rule);

    [Fact]
    public void ValuesOfCorrectType_NonEnumLiteralForEnum_SuggestsFromTheLiteralAsWritten() => ExpectErrors(
        """
        {
          arguments {
            a: enumArgField(enumArg: [SIT])
            b: enumArgField(enumArg: "sit")
          }
        }
        """,
        Rule,
        ("Enum \"DogCommand\" cannot represent non-enum value: [SIT]. Did you mean the enum value \"SIT\"?", 3, 30),
        ("Enum \"DogCommand\" cannot represent non-enum value: \"sit\". Did you mean the enum value \"SIT\"?", 4, 30));

    [Fact]
    public void ValuesOfCorrectType_ListForANonListType_IsReportedAsAWhole() => ExpectErrors(
        """
        {
          arguments {
            intArgField(intArg: [1, "two"])
            enumArgField(enumArg: [SIT])
          }
        }
        """,
        Rule,
        ("Expected value of type \"Int\", found [1, \"two\"]; Int cannot represent non-integer value: [1, \"two\"]", 3, 25),
        ("Enum \"DogCommand\" cannot represent non-enum value: [SIT]. Did you mean the enum value \"SIT\"?", 4, 27));

    [Fact]
    public void ValuesOfCorrectType_ListForANonNullInputObject_NamesTheNullableType() => ExpectErrors(
        "mutation { addPet(pet: [{ cat: { name: \"Tom\" } }]) { name } }",
        Rule,
        ("Expected value of type \"PetInput\", found [{cat: {name: \"Tom\"}}].", 1, 24));
}
