using MentorGraph.GraphQL.Types;

namespace MentorGraph.Benchmarks.GraphQL;

/// <summary>
/// A mentoring-shaped schema over in-memory data (programs → pairings → people and sessions) and the
/// typical nested query the benchmarks run on it: fragments, variables, a directive, an interface, and a
/// list of 50 pairings with nested objects (about 1,100 resolved fields).
/// </summary>
public static class BenchmarkSchema
{
    public const int PairingCount = 50;
    public const int SessionsPerPairing = 3;

    public const string Sdl = """
        scalar DateTime

        type Query {
          program(id: ID!): Program
        }

        interface Node {
          id: ID!
        }

        type Program implements Node {
          id: ID!
          name: String!
          startsOn: DateTime!
          pairings(first: Int = 10): [Pairing!]!
        }

        type Pairing implements Node {
          id: ID!
          senior: Person!
          junior: Person!
          status: PairingStatus!
          sessions(last: Int = 5): [Session!]!
        }

        type Person implements Node {
          id: ID!
          name: String!
          title: String
          role: Role!
        }

        type Session implements Node {
          id: ID!
          heldAt: DateTime!
          topic: String!
          direction: Direction!
          notes: String
        }

        enum Role { SENIOR JUNIOR }
        enum Direction { UPWARD DOWNWARD MUTUAL }
        enum PairingStatus { ACTIVE PAUSED ENDED }
        """;

    public const string Query = """
        query ProgramOverview($id: ID!, $first: Int!, $withNotes: Boolean!) {
          program(id: $id) {
            ...NodeId
            name
            startsOn
            pairings(first: $first) {
              ...NodeId
              status
              senior { ...PersonCard }
              junior { ...PersonCard }
              sessions(last: 3) {
                id
                heldAt
                topic
                direction
                notes @include(if: $withNotes)
              }
            }
          }
        }

        fragment NodeId on Node { __typename id }

        fragment PersonCard on Person {
          ...NodeId
          name
          title
          role
        }
        """;

    public static readonly IReadOnlyDictionary<string, object?> Variables = new Dictionary<string, object?>
    {
        ["id"] = "program-1",
        ["first"] = (long)PairingCount,
        ["withNotes"] = true,
    };

    /// <summary>A small query: one root field with an inline argument and two leaves.</summary>
    public const string SmallQuery = """
        { program(id: "program-1") { id name } }
        """;

    /// <summary>
    /// The introspection query clients send, as graphql-js's <c>getIntrospectionQuery</c> writes it with
    /// every option on that both engines support: graphql-dotnet 8.8.5 has no <c>specifiedByURL</c> and
    /// no <c>includeDeprecated</c> argument on a directive's <c>args</c>, so those two are left out.
    /// </summary>
    public const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;

    /// <summary>The data both engines read (one instance, so both benchmarks resolve the same objects).</summary>
    public static ProgramData Data { get; } = CreateProgram();

    public static Schema Build()
    {
        var program = Data;
        return new SchemaBuilder()
            .AddTypeDefinitions(Sdl, "benchmark.graphql")
            .BindType<ProgramData>("Program")
            .BindType<PairingData>("Pairing")
            .BindType<PersonData>("Person")
            .BindType<SessionData>("Session")
            .BindEnum<RoleData>("Role")
            .BindEnum<DirectionData>("Direction")
            .BindEnum<PairingStatusData>("PairingStatus")
            .Resolve("Query.program", context => (string)context.Arguments["id"]! == program.Id ? program : null)
            .Resolve("Program.pairings", context =>
                ((ProgramData)context.Source!).Pairings.Take(Convert.ToInt32(context.Arguments["first"])).ToList())
            .Resolve("Pairing.sessions", context =>
                ((PairingData)context.Source!).Sessions.TakeLast(Convert.ToInt32(context.Arguments["last"])).ToList())
            .Build();
    }

    private static ProgramData CreateProgram()
    {
        var start = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
        var pairings = Enumerable.Range(1, PairingCount).Select(i => new PairingData(
            $"pairing-{i}",
            new PersonData($"senior-{i}", $"Senior Person {i}", "Vice President, Operations", RoleData.Senior),
            new PersonData($"junior-{i}", $"Junior Person {i}", i % 3 == 0 ? null : "Analyst", RoleData.Junior),
            (PairingStatusData)(i % 3),
            Enumerable.Range(1, SessionsPerPairing + 1).Select(s => new SessionData(
                $"session-{i}-{s}",
                start.AddDays(7 * s + i),
                s % 2 == 0 ? "social-media" : "business-fundamentals",
                (DirectionData)(s % 3),
                $"We met for session {s}; notes of pairing {i}.")).ToList())).ToList();
        return new ProgramData("program-1", "Reverse mentoring 2025", start, pairings);
    }

    public sealed record ProgramData(string Id, string Name, DateTimeOffset StartsOn, IReadOnlyList<PairingData> Pairings);

    public sealed record PairingData(string Id, PersonData Senior, PersonData Junior, PairingStatusData Status, IReadOnlyList<SessionData> Sessions);

    public sealed record PersonData(string Id, string Name, string? Title, RoleData Role);

    public sealed record SessionData(string Id, DateTimeOffset HeldAt, string Topic, DirectionData Direction, string? Notes);

    public enum RoleData { Senior, Junior }

    public enum DirectionData { Upward, Downward, Mutual }

    public enum PairingStatusData { Active, Paused, Ended }
}
