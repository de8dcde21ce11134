using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class VariablesAreInputTypesTests
{
    private static readonly Func<ValidationRule> Rule = () => new VariablesAreInputTypes();

    [Fact]
    public void VariablesAreInputTypes_SpecInputTypes_AreValid() => ExpectValid(
        """
        query takesBoolean($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }

        query takesComplexInput($complexInput: FindDogInput) {
          findDog(searchBy: $complexInput) {
            name
          }
        }

        query TakesListOfBooleanBang($booleans: [Boolean!]) {
          booleanList(booleanListArg: $booleans)
        }
        """,
        Rule);

    [Fact]
    public void VariablesAreInputTypes_SpecOutputTypes_AreInvalid() => ExpectErrors(
        """
        query takesCat($cat: Cat) {
          dog { name }
        }

        query takesDogBang($dog: Dog!) {
          dog { name }
        }

        query takesListOfPet($pets: [Pet]) {
          dog { name }
        }

        query takesCatOrDog($catOrDog: CatOrDog) {
          dog { name }
        }
        """,
        Rule,
        ("Variable \"$cat\" cannot be non-input type \"Cat\".", 1, 22),
        ("Variable \"$dog\" cannot be non-input type \"Dog!\".", 5, 26),
        ("Variable \"$pets\" cannot be non-input type \"[Pet]\".", 9, 29),
        ("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", 13, 32));

    [Fact]
    public void VariablesAreInputTypes_UnknownType_IsLeftToFragmentSpreadTypeExistence() => ExpectValid(
        """
        query q($x: Unknown) { dog { name } }
        """,
        Rule);
}
