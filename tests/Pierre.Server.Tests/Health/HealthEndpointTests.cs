using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Health;

public sealed class HealthEndpointTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Health_WithAWorkingDatabase_IsHealthyInTheSeedsShape(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var app = new PierreAppFactory(database);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = body.RootElement;
        Assert.Equal("healthy", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("timestamp").TryGetDateTimeOffset(out var timestamp));
        Assert.InRange(timestamp, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Matches(@"^\d+\.\d+\.\d+", root.GetProperty("version").GetString());
        Assert.Equal("healthy", root.GetProperty("components").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_WhenTheSqliteFileIsGone_Answers503Unhealthy()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = new PierreAppFactory(database);
        using var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        (await client.GetAsync(new Uri("/health", UriKind.Relative), ct)).EnsureSuccessStatusCode();

        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(database.FilePath)!, "pierre.db*"))
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(database.FilePath);

        await AssertUnhealthyAsync(client, ct);
    }

    [Fact]
    public async Task Health_WhenThePostgresDatabaseIsDropped_Answers503Unhealthy()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = new PierreAppFactory(database);
        using var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        (await client.GetAsync(new Uri("/health", UriKind.Relative), ct)).EnsureSuccessStatusCode();

        await database.DropAsync();

        await AssertUnhealthyAsync(client, ct);
    }

    private static async Task AssertUnhealthyAsync(HttpClient client, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), ct);
        var text = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("unhealthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("unhealthy", body.RootElement.GetProperty("components").GetProperty("database").GetProperty("status").GetString());
    }
}
