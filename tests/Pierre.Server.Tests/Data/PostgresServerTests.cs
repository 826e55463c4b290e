using Npgsql;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Data;

/// <summary>
/// The PostgreSQL server the storage suite runs on. Without <c>PIERRE_TEST_POSTGRES_URL</c> this is the one skipped
/// test that stands for the left-out PostgreSQL cases; with it, the server must answer.
/// </summary>
public sealed class PostgresServerTests
{
    [Fact]
    public async Task Server_NamedByPierreTestPostgresUrl_AnswersAQuery()
    {
        Assert.SkipUnless(PostgresTestDatabase.ServerUrl is not null,
            $"{PostgresTestDatabase.NotSet}; the PostgreSQL cases of the storage suite are left out of this run");
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var connection = new NpgsqlConnection(database.Parsed.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT 1", connection);

        Assert.Equal(1, await command.ExecuteScalarAsync(ct));
    }
}
