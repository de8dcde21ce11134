using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.GraphQL.Tests.Validation;

/// <summary>An error a test expects: its message and its locations (line, column), in order.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public static implicit operator ExpectedError((string Message, int Line, int Column) error) =>
        new(error.Message, (error.Line, error.Column));

    public override string ToString() =>
        $"{Message} @ {string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))}";
}

/// <summary>
/// The schema of the spec's section 5 examples (Dog, Cat, Pet, Sentient, Human, Alien, the unions, DogCommand,
/// FindDogInput, the @oneOf PetInput, the Arguments type...), built from SDL with the SchemaBuilder, and
/// helpers that validate a document and compare the errors exactly (messages and locations).
/// </summary>
public static class ValidationHarness
{
    public const string Sdl = """
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          findDogs(searchBy: FindDogInput, first: Int, last: Int): [Dog!]!
          human(id: ID): Human
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          arguments: Arguments
          booleanList(booleanListArg: [Boolean!]): Boolean
          requiredFields(input: RequiredFieldsInput): Boolean
          node(id: ID!): Node
          when(at: DateTime): String
        }

        type Mutation {
          addPet(pet: PetInput!): Pet
          addPets(pets: [PetInput!]!): [Pet]
          mutateDog: Dog
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
          relatives(first: Int): [Human]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input CatInput {
          name: String!
          nickname: String
          meowVolume: Int
        }

        input DogInput {
          name: String!
          nickname: String
          barkVolume: Int
        }

        input PetInput @oneOf {
          cat: CatInput
          dog: DogInput
        }

        input RequiredFieldsInput {
          requiredField: Boolean!
          nonNullWithDefault: Boolean! = false
          optionalField: Int
          listField: [String]
          nested: RequiredFieldsInput
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          stringArgField(stringArg: String): String
          idArgField(idArg: ID): ID
          enumArgField(enumArg: DogCommand): String
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): Boolean
          nonNullItemsListField(list: [Boolean!]): Boolean
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          nestedListField(matrix: [[Int!]]): Boolean
        }

        interface Node {
          id: ID!
        }

        interface Resource implements Node {
          id: ID!
          url: String
        }

        type Photo implements Resource & Node {
          id: ID!
          url: String
        }

        scalar DateTime

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatableTag(name: String) repeatable on FIELD
        directive @withRequired(level: Int!, label: String) on FIELD
        """;

    private static readonly Lazy<Schema> LazySchema = new(() => BuildSchema(Sdl));

    /// <summary>The spec section 5 example schema.</summary>
    public static Schema Schema => LazySchema.Value;

    /// <summary>Builds a schema from SDL, resolvers left to a default (validation never runs them).</summary>
    public static Schema BuildSchema(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = new SchemaBuilder { DefaultResolver = _ => ValueTask.FromResult<object?>(null) }
            .AddTypeDefinitions(Parser.Parse(sdl));
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Validates with the given rules (all specified rules when null).</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        string query,
        IReadOnlyList<Func<ValidationRule>>? rules = null,
        Schema? schema = null,
        GraphQLOptions? options = null) =>
        DocumentValidator.Validate(schema ?? Schema, Parser.Parse(query), options, rules);

    /// <summary>The document passes every specified rule.</summary>
    public static void ExpectValid(string query, Schema? schema = null, GraphQLOptions? options = null) =>
        AssertErrors(Validate(query, null, schema, options), []);

    /// <summary>The document passes the one rule.</summary>
    public static void ExpectValid(string query, Func<ValidationRule> rule, Schema? schema = null, GraphQLOptions? options = null) =>
        AssertErrors(Validate(query, [rule], schema, options), []);

    /// <summary>The one rule reports exactly these errors, in this order.</summary>
    public static void ExpectErrors(string query, Func<ValidationRule> rule, params ExpectedError[] expected) =>
        AssertErrors(Validate(query, [rule]), expected);

    /// <summary>The one rule reports exactly these errors on the given schema and options.</summary>
    public static void ExpectErrorsWith(Schema? schema, GraphQLOptions? options, string query, Func<ValidationRule> rule, params ExpectedError[] expected) =>
        AssertErrors(Validate(query, [rule], schema, options), expected);

    public static void AssertErrors(IReadOnlyList<GraphQLError> actual, IReadOnlyList<ExpectedError> expected)
    {
        var actualText = actual.Select(e => new ExpectedError(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray()).ToString()).ToList();
        var expectedText = expected.Select(e => e.ToString()).ToList();
        Assert.Equal(string.Join("\n", expectedText), string.Join("\n", actualText));
        Assert.All(actual, error => Assert.Equal(ErrorCodes.ValidationFailed, error.Code));
    }
}
