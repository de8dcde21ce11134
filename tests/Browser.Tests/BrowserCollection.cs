using MentorGraph.Tests.Support;

namespace MentorGraph.Browser.Tests;

/// <summary>
/// The browser tests share one PostgreSQL server (<see cref="PostgresServerFixture"/>, from the API tests' shared
/// fixtures) and run one class at a time: each drives a real Chromium, and the machine has two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "Browser";
}
