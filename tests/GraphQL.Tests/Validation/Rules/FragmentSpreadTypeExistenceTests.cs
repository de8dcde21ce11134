using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class FragmentSpreadTypeExistenceTests
{
    private static readonly Func<ValidationRule> Rule = () => new FragmentSpreadTypeExistence();

    [Fact]
    public void FragmentSpreadTypeExistence_SpecKnownTypes_AreValid() => ExpectValid(
        """
        fragment correctType on Dog {
          name
        }

        fragment inlineFragment on Dog {
          ... on Dog {
            name
          }
        }

        fragment inlineFragment2 on Dog {
          ... @include(if: true) {
            name
          }
        }
        """,
        Rule);

    [Fact]
    public void FragmentSpreadTypeExistence_SpecUnknownTypes_AreInvalid() => ExpectErrors(
        """
        fragment notOnExistingType on NotInSchema {
          name
        }

        fragment inlineNotExistingType on Dog {
          ... on NotInSchema {
            name
          }
        }
        """,
        Rule,
        ("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", 1, 31),
        ("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", 6, 10));

    [Fact]
    public void FragmentSpreadTypeExistence_UnknownVariableType_IsInvalidWithSuggestion() => ExpectErrors(
        """
        query q($a: [Bolean!], $b: DogCommand) { dog { name } }
        """,
        Rule,
        ("Unknown type \"Bolean\". Did you mean \"Boolean\"?", 1, 14));
}
