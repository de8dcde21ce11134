using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class FragmentSpreadsMustNotFormCyclesTests
{
    private static readonly Func<ValidationRule> Rule = () => new FragmentSpreadsMustNotFormCycles();

    [Fact]
    public void FragmentSpreadsMustNotFormCycles_SpecInfiniteSpread_IsInvalid() => ExpectErrors(
        """
        {
          dog {
            ...nameFragment
          }
        }

        fragment nameFragment on Dog {
          name
          ...barkVolumeFragment
        }

        fragment barkVolumeFragment on Dog {
          barkVolume
          ...nameFragment
        }
        """,
        Rule,
        new ExpectedError("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", (9, 3), (14, 3)));

    [Fact]
    public void FragmentSpreadsMustNotFormCycles_SpecCycleThroughFields_IsInvalid() => ExpectErrors(
        """
        {
          dog {
            ...dogFragment
          }
        }

        fragment dogFragment on Dog {
          name
          owner {
            ...ownerFragment
          }
        }

        fragment ownerFragment on Human {
          name
          pets {
            ...dogFragment
          }
        }
        """,
        Rule,
        new ExpectedError("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\".", (10, 5), (17, 5)));

    [Fact]
    public void FragmentSpreadsMustNotFormCycles_FragmentSpreadingItself_IsInvalid() => ExpectErrors(
        """
        fragment self on Dog { name ...self }
        """,
        Rule,
        ("Cannot spread fragment \"self\" within itself.", 1, 29));

    [Fact]
    public void FragmentSpreadsMustNotFormCycles_SameFragmentSpreadTwiceWithoutCycle_IsValid() => ExpectValid(
        """
        { dog { ...a } }
        fragment a on Dog { ...b ...b owner { name } }
        fragment b on Dog { name }
        """,
        Rule);

    [Fact]
    public void FragmentSpreadsMustNotFormCycles_SpreadOfUnknownFragment_IsLeftToOtherRules() => ExpectValid(
        """
        fragment a on Dog { ...missing }
        """,
        Rule);
}
