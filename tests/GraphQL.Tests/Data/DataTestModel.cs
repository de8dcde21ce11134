using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Tests.Data;

public enum Band
{
    Executive,
    Senior,
    Mid,
    Junior,
}

public sealed class Department
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The people of the department (a navigation), for nested connections.</summary>
    public List<Person> Members { get; set; } = [];
}

public sealed class Session
{
    public long Id { get; set; }

    public string Format { get; set; } = "COFFEE";

    public int Minutes { get; set; }
}

public sealed class Person
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Email { get; set; }

    public Band Band { get; set; }

    public int Level { get; set; }

    public int? Rank { get; set; }

    public double Score { get; set; }

    public decimal? Salary { get; set; }

    public bool Active { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public DateTimeOffset? LeftAt { get; set; }

    public DateOnly StartsOn { get; set; }

    public Department? Department { get; set; }

    public List<Session> Sessions { get; set; } = [];
}

/// <summary>The declarations the data tests share: people in departments, with sessions.</summary>
public static class DataTestModel
{
    public const string Sdl = """
        scalar DateTime
        scalar Date
        enum Band { EXECUTIVE SENIOR MID JUNIOR }
        enum SessionFormat { COFFEE LUNCH WALK }
        type Department { id: ID! name: String! }
        type Person { id: ID! name: String! email: String band: Band! }
        type Query {
          people(first: Int, after: String, last: Int, before: String, where: PersonFilterInput, order: [PersonSortInput!]): PeopleConnection
        }
        """;

    public static EntityShape<Department> Department { get; } = new EntityShape<Department>("Department")
        .Key(d => d.Id)
        .Id("id", d => d.Id, ParseId("Department"))
        .Field("name", d => d.Name);

    public static EntityShape<Session> Session { get; } = new EntityShape<Session>("Session")
        .Key(s => s.Id)
        .Enum("format", s => s.Format, "SessionFormat")
        .Field("minutes", s => s.Minutes);

    public static EntityShape<Person> Person { get; } = new EntityShape<Person>("Person")
        .Key(p => p.Id)
        .Id("id", p => p.Id, ParseId("Person"))
        .Field("name", p => p.Name)
        .Field("email", p => p.Email, FieldUse.Filter)
        .Enum("band", p => p.Band, "Band")
        .Field("level", p => p.Level)
        .Field("rank", p => p.Rank)
        .Field("score", p => p.Score)
        .Field("salary", p => p.Salary)
        .Field("active", p => p.Active)
        .Field("joinedAt", p => p.JoinedAt)
        .Field("leftAt", p => p.LeftAt)
        .Field("startsOn", p => p.StartsOn)
        .Object("department", p => p.Department, Department)
        .List("sessions", p => p.Sessions, Session);

    /// <summary>Test ids: <c>Person:42</c> (plain text, to keep tests readable; the API's are base64).</summary>
    public static IdParser<long> ParseId(string type) => (string id, out long key) =>
    {
        key = 0;
        return id.StartsWith(type + ":", StringComparison.Ordinal) && long.TryParse(id.AsSpan(type.Length + 1), out key);
    };

    public static Department Sales { get; } = new() { Id = 1, Name = "Sales" };

    public static Department Research { get; } = new() { Id = 2, Name = "Research" };

    /// <summary>Eight people with ties, nulls and edge cases in every field.</summary>
    public static List<Person> People() =>
    [
        new() { Id = 1, Name = "Ada Lovelace", Email = "ada@example.com", Band = Band.Executive, Level = 5, Rank = 1, Score = 9.5, Salary = 100m, Active = true, JoinedAt = At(2020, 1), StartsOn = new DateOnly(2020, 1, 1), Department = Research, Sessions = [new() { Id = 11, Format = "COFFEE", Minutes = 30 }, new() { Id = 12, Format = "WALK", Minutes = 60 }] },
        new() { Id = 2, Name = "Bob 100% Real_Name", Email = null, Band = Band.Junior, Level = 1, Rank = null, Score = 1.5, Salary = null, Active = false, JoinedAt = At(2021, 6), LeftAt = At(2023, 1), StartsOn = new DateOnly(2021, 6, 1), Department = Sales, Sessions = [] },
        new() { Id = 3, Name = "carol", Email = "CAROL@EXAMPLE.COM", Band = Band.Mid, Level = 3, Rank = 2, Score = 5, Salary = 50m, Active = true, JoinedAt = At(2022, 3), StartsOn = new DateOnly(2022, 3, 1), Department = null, Sessions = [new() { Id = 31, Format = "LUNCH", Minutes = 45 }] },
        new() { Id = 4, Name = "Dan", Email = "dan@example.org", Band = Band.Senior, Level = 3, Rank = 2, Score = 7.25, Salary = 75m, Active = true, JoinedAt = At(2022, 3), LeftAt = At(2024, 2), StartsOn = new DateOnly(2022, 3, 1), Department = Research, Sessions = [new() { Id = 41, Format = "COFFEE", Minutes = 15 }] },
        new() { Id = 5, Name = "Eve", Email = "eve@example.com", Band = Band.Junior, Level = 2, Rank = null, Score = 3, Salary = 20m, Active = false, JoinedAt = At(2023, 9), StartsOn = new DateOnly(2023, 9, 1), Department = Sales, Sessions = [new() { Id = 51, Format = "WALK", Minutes = 90 }] },
        new() { Id = 6, Name = "Frank", Email = null, Band = Band.Mid, Level = 3, Rank = 3, Score = 5, Salary = null, Active = true, JoinedAt = At(2024, 1), StartsOn = new DateOnly(2024, 1, 1), Department = null, Sessions = [] },
        new() { Id = 7, Name = "Grace", Email = "grace@example.com", Band = Band.Senior, Level = 4, Rank = 1, Score = 8, Salary = 90m, Active = true, JoinedAt = At(2019, 5), StartsOn = new DateOnly(2019, 5, 1), Department = Research, Sessions = [new() { Id = 71, Format = "COFFEE", Minutes = 30 }, new() { Id = 72, Format = "COFFEE", Minutes = 30 }] },
        new() { Id = 8, Name = "Heidi", Email = "heidi@example.net", Band = Band.Executive, Level = 5, Rank = 3, Score = 6, Salary = 120m, Active = false, JoinedAt = At(2018, 2), StartsOn = new DateOnly(2018, 2, 1), Department = Sales, Sessions = [new() { Id = 81, Format = "LUNCH", Minutes = 60 }] },
    ];

    public static DateTimeOffset At(int year, int month) => new(year, month, 1, 9, 0, 0, TimeSpan.Zero);
}
