namespace Pierre.Server.Tests.Infrastructure;

/// <summary>The providers every data-layer test runs on, for <c>[MemberData]</c>.</summary>
public static class TestDatabases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> Providers => [Sqlite, Postgres];

    public static async Task<TestDatabase> CreateAsync(string provider) => provider switch
    {
        Sqlite => new SqliteTestDatabase(),
        Postgres => await PostgresTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown provider"),
    };
}
