using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class FragmentSpreadIsPossibleTests
{
    private static readonly Func<ValidationRule> Rule = () => new FragmentSpreadIsPossible();

    [Fact]
    public void FragmentSpreadIsPossible_SpecObjectSpreadsInObjectScope() => ExpectErrors(
        """
        fragment dogFragment on Dog {
          ... on Dog {
            barkVolume
          }
        }

        fragment catInDogFragmentInvalid on Dog {
          ... on Cat {
            meowVolume
          }
        }
        """,
        Rule,
        ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", 8, 3));

    [Fact]
    public void FragmentSpreadIsPossible_SpecAbstractSpreadsInObjectScope_AreValid() => ExpectValid(
        """
        fragment petNameFragment on Pet {
          name
        }

        fragment interfaceWithinObjectFragment on Dog {
          ...petNameFragment
        }

        fragment catOrDogNameFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }

        fragment unionWithObjectFragment on Dog {
          ...catOrDogNameFragment
        }
        """,
        Rule);

    [Fact]
    public void FragmentSpreadIsPossible_SpecObjectSpreadsInAbstractScope_AreValid() => ExpectValid(
        """
        fragment petFragment on Pet {
          name
          ... on Dog {
            barkVolume
          }
        }

        fragment catOrDogFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }
        """,
        Rule);

    [Fact]
    public void FragmentSpreadIsPossible_SpecImpossibleObjectSpreadsInAbstractScope_AreInvalid() => ExpectErrors(
        """
        fragment sentientFragment on Sentient {
          ... on Dog {
            barkVolume
          }
        }

        fragment humanOrAlienFragment on HumanOrAlien {
          ... on Cat {
            meowVolume
          }
        }
        """,
        Rule,
        ("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", 2, 3),
        ("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", 8, 3));

    [Fact]
    public void FragmentSpreadIsPossible_SpecIntersectingAbstractScopes_AreValid() => ExpectValid(
        """
        fragment unionWithInterface on Pet {
          ...dogOrHumanFragment
        }

        fragment dogOrHumanFragment on DogOrHuman {
          ... on Dog {
            barkVolume
          }
        }
        """,
        Rule);

    [Fact]
    public void FragmentSpreadIsPossible_SpecNonIntersectingInterfaces_AreInvalid() => ExpectErrors(
        """
        fragment nonIntersectingInterfaces on Pet {
          ...sentientFragment
        }

        fragment sentientFragment on Sentient {
          name
        }
        """,
        Rule,
        ("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", 2, 3));

    [Fact]
    public void FragmentSpreadIsPossible_SpecInterfaceInImplementedInterfaceScope_IsValid() => ExpectValid(
        """
        fragment interfaceWithInterface on Node {
          ...resourceFragment
        }

        fragment resourceFragment on Resource {
          url
        }
        """,
        Rule);

    [Fact]
    public void FragmentSpreadIsPossible_NamedObjectFragmentInWrongObjectScope_IsInvalid() => ExpectErrors(
        """
        { dog { ...catFields } }
        fragment catFields on Cat { meowVolume }
        """,
        Rule,
        ("Fragment \"catFields\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", 1, 9));
}
