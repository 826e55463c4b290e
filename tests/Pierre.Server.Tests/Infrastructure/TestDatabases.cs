namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// The providers every data-layer test runs on, for <c>[MemberData]</c>: PostgreSQL only when
/// <c>PIERRE_TEST_POSTGRES_URL</c> names a server. Without it the PostgreSQL cases are left out rather than skipped one
/// by one (three lines of output each); <see cref="Data.PostgresServerTests"/> is then the one skipped test that says so.
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> Providers => PostgresTestDatabase.ServerUrl is null ? [Sqlite] : [Sqlite, Postgres];

    public static async Task<TestDatabase> CreateAsync(string provider) => provider switch
    {
        Sqlite => new SqliteTestDatabase(),
        Postgres => await PostgresTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown provider"),
    };
}
