using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class FragmentSpreadTargetDefinedTests
{
    private static readonly Func<ValidationRule> Rule = () => new FragmentSpreadTargetDefined();

    [Fact]
    public void FragmentSpreadTargetDefined_SpecUndefinedFragment_IsInvalid() => ExpectErrors(
        """
        {
          dog {
            ...undefinedFragment
          }
        }
        """,
        Rule,
        ("Unknown fragment \"undefinedFragment\".", 3, 8));

    [Fact]
    public void FragmentSpreadTargetDefined_DefinedFragments_AreValid() => ExpectValid(
        """
        { dog { ...a } }
        fragment a on Dog { ...b }
        fragment b on Dog { name }
        """,
        Rule);
}
