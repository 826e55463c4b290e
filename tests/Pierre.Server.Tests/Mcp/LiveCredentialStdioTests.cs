using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using Pierre.Server.Auth;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>
/// The real binary over stdio signs in once, at start; a key revoked or expired, or an owner suspended, in the database
/// it shares (by another process, here plain SQL) is refused on the next call within the documented delay.
/// </summary>
[Collection(QuickstartPublish.Collection)]
public sealed class LiveCredentialStdioTests : IDisposable
{
    private static readonly string ServerDll = Path.Combine(AppContext.BaseDirectory, "pierre-mcp-server.dll");
    private static readonly TimeSpan Within = LiveCredentials.Lifetime + TimeSpan.FromSeconds(3);
    private readonly TempDirectory _folder = new();

    [Theory]
    [InlineData("UPDATE api_keys SET RevokedAt = '2026-01-01 00:00:00'", "API key was revoked")]
    [InlineData("UPDATE api_keys SET ExpiresAt = '2000-01-01 00:00:00'", "API key expired")]
    public async Task Stdio_WithAKeyThatStopsWorking_RefusesTheNextCall(string change, string reason)
    {
        await using var quickstart = await ServerProcess.RunAsync(_folder.Path, null, "quickstart");
        Assert.True(quickstart.ExitCode == 0, quickstart.Stderr);
        var key = QuickstartOutput.Parse(quickstart.Stdout).ApiKey;
        await using var client = await ConnectAsync(new Dictionary<string, string?> { ["PIERRE_API_KEY"] = key });
        Assert.NotEqual(true, (await client.CallToolAsync("get_stats", cancellationToken: TestContext.Current.CancellationToken)).IsError);

        await ExecuteAsync(change);

        Assert.Contains(reason, (await RefusedWithinAsync(client)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stdio_AsTheLocalOwner_IsRefusedOnceTheOwnerIsSuspended()
    {
        await using var client = await ConnectAsync([]);
        Assert.NotEqual(true, (await client.CallToolAsync("get_stats", cancellationToken: TestContext.Current.CancellationToken)).IsError);

        await ExecuteAsync("UPDATE users SET Status = 'Suspended' WHERE Email = 'owner@pierre.local'");

        Assert.Contains("suspended", (await RefusedWithinAsync(client)).Message, StringComparison.Ordinal);
    }

    private Task<McpClient> ConnectAsync(Dictionary<string, string?> extra)
    {
        // The data folder quickstart (ServerProcess) used, so that both processes share the database.
        var environment = new Dictionary<string, string?>(StdioClientTransportOptions.GetDefaultEnvironmentVariables())
        {
            ["PIERRE_DATA_DIR"] = _folder.Combine("data"),
        };
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return McpClient.CreateAsync(
            new StdioClientTransport(new StdioClientTransportOptions
            {
                Command = "dotnet",
                Arguments = [ServerDll, "--stdio"],
                WorkingDirectory = _folder.Path,
                InheritEnvironmentVariables = false,
                EnvironmentVariables = environment,
                Name = "pierre",
            }),
            cancellationToken: TestContext.Current.CancellationToken);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_folder.Combine("data", "pierre.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken) > 0, $"changed nothing: {sql}");
    }

    private static async Task<McpProtocolException> RefusedWithinAsync(McpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var served = await client.CallToolAsync("get_stats", cancellationToken: TestContext.Current.CancellationToken);
                Assert.True(clock.Elapsed < Within, $"still served after {clock.Elapsed}: error={served.IsError}");
            }
            catch (McpProtocolException refused)
            {
                return refused;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _folder.Dispose();
}
