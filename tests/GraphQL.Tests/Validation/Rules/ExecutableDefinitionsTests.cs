using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class ExecutableDefinitionsTests
{
    private static readonly Func<ValidationRule> Rule = () => new ExecutableDefinitions();

    [Fact]
    public void ExecutableDefinitions_OperationsAndFragments_AreValid() => ExpectValid(
        """
        query getDogName { dog { ...named } }
        fragment named on Dog { name }
        """,
        Rule);

    [Fact]
    public void ExecutableDefinitions_SpecTypeExtension_IsNotExecutable() => ExpectErrors(
        """
        query getDogName {
          dog {
            name
            color
          }
        }

        extend type Dog {
          color: String
        }
        """,
        Rule,
        ("The \"Dog\" definition is not executable.", 8, 1));

    [Fact]
    public void ExecutableDefinitions_SchemaTypeAndDirectiveDefinitions_AreNotExecutable() => ExpectErrors(
        """
        { dog { name } }
        schema { query: Query }
        type Extra { id: ID }
        directive @extra on FIELD
        """,
        Rule,
        ("The schema definition is not executable.", 2, 1),
        ("The \"Extra\" definition is not executable.", 3, 1),
        ("The \"@extra\" definition is not executable.", 4, 1));
}
