using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class FragmentsOnCompositeTypesTests
{
    private static readonly Func<ValidationRule> Rule = () => new FragmentsOnCompositeTypes();

    [Fact]
    public void FragmentsOnCompositeTypes_SpecObjectInterfaceAndUnion_AreValid() => ExpectValid(
        """
        fragment fragOnObject on Dog {
          name
        }

        fragment fragOnInterface on Pet {
          name
        }

        fragment fragOnUnion on CatOrDog {
          ... on Dog {
            name
          }
        }
        """,
        Rule);

    [Fact]
    public void FragmentsOnCompositeTypes_SpecScalarConditions_AreInvalid() => ExpectErrors(
        """
        fragment fragOnScalar on Int {
          something
        }

        fragment inlineFragOnScalar on Dog {
          ... on Boolean {
            somethingElse
          }
        }
        """,
        Rule,
        ("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", 1, 26),
        ("Fragment cannot condition on non composite type \"Boolean\".", 6, 10));

    [Fact]
    public void FragmentsOnCompositeTypes_EnumAndInputObjectConditions_AreInvalid() => ExpectErrors(
        """
        fragment onEnum on DogCommand { name }
        fragment onInput on FindDogInput { name }
        """,
        Rule,
        ("Fragment \"onEnum\" cannot condition on non composite type \"DogCommand\".", 1, 20),
        ("Fragment \"onInput\" cannot condition on non composite type \"FindDogInput\".", 2, 21));

    [Fact]
    public void FragmentsOnCompositeTypes_InlineFragmentWithoutCondition_IsValid() => ExpectValid(
        """
        { dog { ... { name } } }
        """,
        Rule);
}
