using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>The real binary over stdio with the SDK's stdio client, as Claude Desktop runs it.</summary>
public sealed class McpStdioTests : IDisposable
{
    private static readonly string ServerDll = Path.Combine(AppContext.BaseDirectory, "pierre-mcp-server.dll");
    private readonly TempDirectory _folder = new();

    /// <summary>
    /// As a desktop client starts it: only the SDK's safe defaults (PATH, HOME, ...), no server variable at all; HOME is a
    /// folder of the test's own, so the per-user data folder is too.
    /// </summary>
    private Task<McpClient> ConnectAsync()
    {
        var environment = StdioClientTransportOptions.GetDefaultEnvironmentVariables();
        environment["HOME"] = _folder.Combine("home");
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

    [Fact]
    public async Task Stdio_InAnEmptyFolder_ServesTheLocalOwnersSyntheticActivities()
    {
        await using var client = await ConnectAsync();

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var result = await client.CallToolAsync("get_activities", new Dictionary<string, object?> { ["limit"] = 3 }, cancellationToken: TestContext.Current.CancellationToken);
        var status = await client.CallToolAsync("get_connection_status", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(tools, t => t.Name == "get_activities");
        Assert.NotEqual(true, result.IsError);
        Assert.Equal(3, result.StructuredContent!.Value.GetProperty("activities").GetArrayLength());
        Assert.Equal("synthetic", status.StructuredContent!.Value.GetProperty("connections")[0].GetProperty("provider").GetString());
        Assert.True(File.Exists(_folder.Combine("home", ".local", "share", "pierre", "pierre.db")));
        Assert.True(File.Exists(_folder.Combine("home", ".local", "share", "pierre", "encryption.key")));
        Assert.False(Directory.Exists(_folder.Combine("data")));
    }

    [Fact]
    public async Task Stdio_ToolWithAProgressToken_ReportsEachStep()
    {
        await using var client = await ConnectAsync();
        var reports = new System.Collections.Concurrent.ConcurrentQueue<ProgressNotificationValue>();

        var result = await client.CallToolAsync(
            "get_stats", new Dictionary<string, object?>(), new SynchronousProgress(reports.Enqueue), cancellationToken: TestContext.Current.CancellationToken);
        for (var i = 0; i < 50 && reports.Count < 4; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.NotEqual(true, result.IsError);
        // The client dispatches notifications concurrently, so they may be observed out of order.
        Assert.Equal([1f, 2f, 3f, 4f], reports.Select(r => r.Progress).Order());
        Assert.All(reports, r => Assert.Equal(4f, r.Total));
        Assert.Contains(reports, r => r.Message!.StartsWith("loaded", StringComparison.Ordinal));
    }

    private sealed class SynchronousProgress(Action<ProgressNotificationValue> report) : IProgress<ProgressNotificationValue>
    {
        public void Report(ProgressNotificationValue value) => report(value);
    }

    [Fact]
    public async Task Stdio_BadArguments_AreToolErrors()
    {
        await using var client = await ConnectAsync();

        var result = await client.CallToolAsync("get_activities", new Dictionary<string, object?> { ["limit"] = -1 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.IsError);
        Assert.Contains("limit", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stdio_WithAnInvalidApiKey_RefusesToStart()
    {
        await using var process = await ServerProcess.RunAsync(_folder.Path, new Dictionary<string, string> { ["PIERRE_API_KEY"] = "pk_live_nope" }, "--stdio");

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("PIERRE_API_KEY", process.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, process.Stdout);
    }

    public void Dispose() => _folder.Dispose();
}
