using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Execution.Binding;

public class TypedInputBindingTests
{
    private const string Sdl = """
        type Query {
          register(input: PersonInput!): Boolean
          patch(input: PatchInput!): Boolean
          settings(input: SettingsInput!): Boolean
          search(term: String!, first: Int = 10, after: ID): Boolean
          paint(colour: Colour!): Boolean
          filter(where: Filter): Boolean
          convert(input: ConvertInput!): Boolean
          raw(input: PersonInput!): Boolean
        }

        enum Colour { RED DARK_BLUE }

        input AddressInput { city: String! postcode: String }

        input PersonInput {
          name: String!
          age: Int!
          home: AddressInput!
          previous: [AddressInput!]!
          favourite: Colour!
          tags: [String!]!
          scores: [Int]!
          nickname: String
        }

        input PatchInput { nickname: String age: Int colour: Colour }

        input SettingsInput { mode: String retries: Int! = 3 limit: Int label: String }

        input Filter { name: String and: [Filter!] }

        input ConvertInput {
          small: Int!
          big: Int!
          id: ID!
          number: ID!
          uuid: String!
          at: DateTime!
          utc: DateTime!
          price: Float!
          ratio: Float!
          anything: String
        }

        scalar DateTime
        """;

    public enum Colour
    {
        Red,
        DarkBlue,
    }

    public sealed record Address(string City, string? Postcode);

    public sealed record Person(
        string Name,
        int Age,
        Address Home,
        IReadOnlyList<Address> Previous,
        Colour Favourite,
        string[] Tags,
        List<int?> Scores,
        string? Nickname);

    public sealed record Patch(Optional<string?> Nickname, Optional<int?> Age, Optional<Colour?> Colour);

    /// <summary>A class with a parameterless constructor and init properties, one with an initializer.</summary>
    public sealed class Settings
    {
        public string? Mode { get; init; } = "fast";

        public int Retries { get; init; }

        public int? Limit { get; set; } = 50;

        public string? Label { get; init; }

        /// <summary>Computed: get-only properties are not bound.</summary>
        public bool IsFast => Mode == "fast";
    }

    /// <summary>Arguments as constructor parameters in camelCase, with a C# default for an absent one.</summary>
    public sealed class SearchArguments(string term, int? first, string? after = "start")
    {
        public string Term { get; } = term;

        public int? First { get; } = first;

        public string? After { get; } = after;
    }

    public sealed record Filter(string? Name, IReadOnlyList<Filter>? And);

    public sealed record Conversions(
        byte Small,
        long Big,
        Guid Id,
        int Number,
        Guid Uuid,
        DateTimeOffset At,
        DateTime Utc,
        decimal Price,
        float Ratio,
        object? Anything);

    private readonly BindingTestSupport _support = new();
    private object? _received;

    private Schema BuildSchema() => new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .BindEnum<Colour>("Colour")
        .Resolve<Person>("Query.register", (input, _) => Receive(input))
        .Resolve<Patch>("Query.patch", (input, _) => Receive(input))
        .Resolve<Settings>("Query.settings", (input, _) => Receive(input))
        .ResolveArguments<SearchArguments>("Query.search", (arguments, _) => Receive(arguments))
        .Resolve<Colour>("Query.paint", (colour, _) => Receive(colour))
        .Resolve<Filter?>("Query.filter", async (filter, _) =>
        {
            await Task.Yield();
            return Receive(filter);
        })
        .Resolve<Conversions>("Query.convert", (input, _) => Receive(input))
        .Resolve<IReadOnlyDictionary<string, object?>>("Query.raw", (input, _) => Receive(input))
        .Build();

    private bool Receive(object? value)
    {
        _received = value;
        return true;
    }

    private async Task<T> RunAsync<T>(string query, string? variablesJson = null)
    {
        var response = await _support.RunAsync(BuildSchema(), query, variablesJson);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Empty(_support.Unexpected);
        return Assert.IsType<T>(_received, exactMatch: false);
    }

    [Fact]
    public async Task Record_WithNestedInputListsEnumAndNullableItems_IsBoundFromAVariable()
    {
        var person = await RunAsync<Person>("query($p: PersonInput!) { register(input: $p) }", """
            {"p": {"name": "Maya", "age": 27, "home": {"city": "Leeds"},
                   "previous": [{"city": "York", "postcode": "YO1"}, {"city": "Hull", "postcode": null}],
                   "favourite": "DARK_BLUE", "tags": ["ai", "data"], "scores": [3, null, 5]}}
            """);

        Assert.Equal("Maya", person.Name);
        Assert.Equal(27, person.Age);
        Assert.Equal(new Address("Leeds", null), person.Home);
        Assert.Equal([new Address("York", "YO1"), new Address("Hull", null)], person.Previous);
        Assert.Equal(Colour.DarkBlue, person.Favourite);
        Assert.Equal(["ai", "data"], person.Tags);
        Assert.Equal([3, null, 5], person.Scores);
        Assert.Null(person.Nickname);
    }

    [Fact]
    public async Task Record_FromALiteral_IsBoundLikeFromAVariable()
    {
        var person = await RunAsync<Person>("""
            { register(input: {name: "Tom", age: 61, home: {city: "Bath", postcode: "BA1"}, previous: {city: "Bristol"},
                               favourite: RED, tags: "board", scores: [], nickname: "T"}) }
            """);

        Assert.Equal(new Address("Bath", "BA1"), person.Home);
        Assert.Equal([new Address("Bristol", null)], person.Previous);
        Assert.Equal(["board"], person.Tags);
        Assert.Empty(person.Scores);
        Assert.Equal("T", person.Nickname);
    }

    [Fact]
    public async Task Optional_AbsentField_HasNoValue()
    {
        var patch = await RunAsync<Patch>("{ patch(input: {}) }");

        Assert.False(patch.Nickname.HasValue);
        Assert.False(patch.Age.HasValue);
        Assert.False(patch.Colour.HasValue);
    }

    [Fact]
    public async Task Optional_ExplicitNull_HasTheValueNull()
    {
        var patch = await RunAsync<Patch>("query($p: PatchInput!) { patch(input: $p) }", """{"p": {"nickname": null, "age": null}}""");

        Assert.True(patch.Nickname.HasValue);
        Assert.Null(patch.Nickname.Value);
        Assert.True(patch.Age.HasValue);
        Assert.Null(patch.Age.Value);
        Assert.False(patch.Colour.HasValue);
    }

    [Fact]
    public async Task Optional_GivenValue_HasIt()
    {
        var patch = await RunAsync<Patch>("{ patch(input: {nickname: \"Mo\", age: 30, colour: RED}) }");

        Assert.Equal("Mo", patch.Nickname.Value);
        Assert.Equal(30, patch.Age.Value);
        Assert.Equal(Colour.Red, patch.Colour.Value);
    }

    [Fact]
    public async Task InitProperties_AbsentFieldsKeepTheirInitializers_AndSdlDefaultsApply()
    {
        var settings = await RunAsync<Settings>("{ settings(input: {label: \"x\"}) }");

        Assert.Equal("fast", settings.Mode);
        Assert.True(settings.IsFast);
        Assert.Equal(3, settings.Retries);
        Assert.Equal(50, settings.Limit);
        Assert.Equal("x", settings.Label);
    }

    [Fact]
    public async Task InitProperties_ExplicitNull_OverridesTheInitializer()
    {
        var settings = await RunAsync<Settings>("{ settings(input: {mode: null, limit: null, retries: 1}) }");

        Assert.Null(settings.Mode);
        Assert.Null(settings.Limit);
        Assert.Equal(1, settings.Retries);
    }

    [Fact]
    public async Task ResolveArguments_BindsEveryArgumentToCamelCaseConstructorParameters_WithDefaults()
    {
        var arguments = await RunAsync<SearchArguments>("{ search(term: \"kpi\") }");

        Assert.Equal("kpi", arguments.Term);
        Assert.Equal(10, arguments.First);
        Assert.Equal("start", arguments.After);
    }

    [Fact]
    public async Task ResolveArguments_ExplicitNull_OverridesTheCSharpDefault()
    {
        var arguments = await RunAsync<SearchArguments>("{ search(term: \"kpi\", first: null, after: null) }");

        Assert.Null(arguments.First);
        Assert.Null(arguments.After);
    }

    [Fact]
    public async Task Resolve_SingleEnumArgument_IsTheBoundCSharpMember()
    {
        var colour = await RunAsync<Colour>("{ paint(colour: DARK_BLUE) }");

        Assert.Equal(Colour.DarkBlue, colour);
    }

    [Fact]
    public async Task Resolve_SelfReferentialInput_IsBoundAtEveryDepth_Asynchronously()
    {
        var filter = await RunAsync<Filter>("{ filter(where: {name: \"a\", and: [{name: \"b\", and: [{name: \"c\"}]}]}) }");

        Assert.Equal("a", filter.Name);
        Assert.Equal("b", filter.And![0].Name);
        Assert.Equal("c", filter.And[0].And![0].Name);
        Assert.Null(filter.And[0].And![0].And);
    }

    [Fact]
    public async Task Resolve_AbsentNullableArgument_IsNull()
    {
        _received = "not called";

        var response = await _support.RunAsync(BuildSchema(), "{ filter }");

        Assert.Equal("true", response.GetProperty("data").GetProperty("filter").GetRawText());
        Assert.Null(_received);
    }

    [Fact]
    public async Task ScalarConversions_NarrowAndWideNumbersIdsUuidsAndInstants_AreConverted()
    {
        var converted = await RunAsync<Conversions>("query($c: ConvertInput!) { convert(input: $c) }", """
            {"c": {"small": 255, "big": -2147483648, "id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "number": "42",
                   "uuid": "3F2504E0-4F89-41D3-9A0C-0305E82C3301", "at": "2024-05-01T09:30:00+02:00",
                   "utc": "2024-05-01T09:30:00+02:00", "price": 19.99, "ratio": 0.25, "anything": "as is"}}
            """);

        Assert.Equal((byte)255, converted.Small);
        Assert.Equal(int.MinValue, converted.Big);
        Assert.Equal(Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301"), converted.Id);
        Assert.Equal(converted.Id, converted.Uuid);
        Assert.Equal(42, converted.Number);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(2)), converted.At);
        Assert.Equal(new DateTime(2024, 5, 1, 7, 30, 0, DateTimeKind.Utc), converted.Utc);
        Assert.Equal(DateTimeKind.Utc, converted.Utc.Kind);
        Assert.Equal(19.99m, converted.Price);
        Assert.Equal(0.25f, converted.Ratio);
        Assert.Equal("as is", converted.Anything);
    }

    [Fact]
    public async Task DictionaryTarget_GetsTheCoercedValueAsIs()
    {
        var raw = await RunAsync<IReadOnlyDictionary<string, object?>>("""
            { raw(input: {name: "Tom", age: 61, home: {city: "Bath"}, previous: [], favourite: RED, tags: [], scores: []}) }
            """);

        Assert.Equal("Tom", raw["name"]);
        Assert.Equal(Colour.Red, raw["favourite"]);
        Assert.False(raw.ContainsKey("nickname"));
    }

    [Fact]
    public async Task EnumBoundToAValueMap_BindsTheMapsValues()
    {
        var planets = new Dictionary<string, Planet> { ["EARTH"] = new("Earth", 1.0), ["MARS"] = new("Mars", 1.52) };
        Planet? received = null;
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { visit(input: VisitInput!): Boolean } input VisitInput { to: [Planet!]! } enum Planet { EARTH MARS }")
            .BindEnum("Planet", planets, "the planet list")
            .Resolve<Visit>("Query.visit", (input, _) =>
            {
                received = input.To[^1];
                return true;
            })
            .Build();

        var response = await _support.RunAsync(schema, "{ visit(input: {to: [EARTH, MARS]}) }");

        Assert.Equal("true", response.GetProperty("data").GetProperty("visit").GetRawText());
        Assert.Same(planets["MARS"], received);
    }

    public sealed record Planet(string Name, double DistanceAu);

    public sealed record Visit(IReadOnlyList<Planet> To);
}
