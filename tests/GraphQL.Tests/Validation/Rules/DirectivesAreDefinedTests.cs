using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class DirectivesAreDefinedTests
{
    private static readonly Func<ValidationRule> Rule = () => new DirectivesAreDefined();

    [Fact]
    public void DirectivesAreDefined_BuiltInAndSchemaDirectives_AreValid() => ExpectValid(
        """
        query q @onQuery { dog { name @skip(if: false) nickname @include(if: true) } }
        """,
        Rule);

    [Fact]
    public void DirectivesAreDefined_UnknownDirectives_AreInvalidEverywhere() => ExpectErrors(
        """
        query q($v: Int @unknownVar) @unknownQuery {
          dog @unknownField { ...f @unknownSpread ... @unknownInline { name } }
        }
        fragment f on Dog @unknownFragment { name }
        """,
        Rule,
        ("Unknown directive \"@unknownVar\".", 1, 17),
        ("Unknown directive \"@unknownQuery\".", 1, 30),
        ("Unknown directive \"@unknownField\".", 2, 7),
        ("Unknown directive \"@unknownSpread\".", 2, 28),
        ("Unknown directive \"@unknownInline\".", 2, 47),
        ("Unknown directive \"@unknownFragment\".", 4, 19));
}
