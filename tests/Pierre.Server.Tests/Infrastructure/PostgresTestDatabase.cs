using Npgsql;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// A throw-away database on the server named by <c>PIERRE_TEST_POSTGRES_URL</c> (CI starts one). Without the variable
/// a test that asks for one is reported as skipped, never silently passed (and <see cref="TestDatabases.Providers"/>
/// leaves the PostgreSQL cases out).
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "PIERRE_TEST_POSTGRES_URL";

    /// <summary>The skip reason; CI fails a run whose output contains it, since CI starts PostgreSQL.</summary>
    public const string NotSet = $"{Variable} is not set; PostgreSQL tests run in CI (.ci/run)";
    private readonly Uri _server;
    private readonly string _name = $"pierre_test_{Guid.NewGuid():N}";

    private PostgresTestDatabase(Uri server) => _server = server;

    public override string Url => new UriBuilder(_server) { Path = "/" + _name }.Uri.ToString();

    public static string? ServerUrl => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        Assert.SkipUnless(ServerUrl is not null, NotSet);
        var database = new PostgresTestDatabase(new Uri(ServerUrl!));
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    /// <summary>Drops the database while connections are open: what a lost database looks like to the server.</summary>
    public Task DropAsync() => ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await DropAsync();
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(Parsed.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
