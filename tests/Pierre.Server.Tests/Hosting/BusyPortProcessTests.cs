using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Hosting;

/// <summary>A second server on a busy port: one line naming the variable to change, before any migration, exit 1.</summary>
public sealed class BusyPortProcessTests : IDisposable
{
    private readonly TempDirectory _first = new();
    private readonly TempDirectory _second = new();

    [Fact]
    public async Task Start_OnTheHttpPortOfARunningServer_PrintsOneLineNamingPierreHttpPortAndRunsNoMigration()
    {
        await using var running = ServerProcess.Start(_first.Path);
        await running.WaitUntilHealthyAsync();
        var port = running.Port.ToString(CultureInfo.InvariantCulture);

        await using var second = await ServerProcess.RunAsync(_second.Path, new Dictionary<string, string> { ["PIERRE_HTTP_PORT"] = port });

        AssertRefusedBeforeMigrations(second, $"port {port} on 127.0.0.1 is already in use", "set PIERRE_HTTP_PORT to a free port");
    }

    [Fact]
    public async Task Start_OnABusyTcpMcpPort_PrintsOneLineNamingPierreMcpTcpPortAndRunsNoMigration()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        await using var server = await ServerProcess.RunAsync(_second.Path, new Dictionary<string, string> { ["PIERRE_MCP_TCP_PORT"] = port });

        AssertRefusedBeforeMigrations(server, $"port {port} on 127.0.0.1 is already in use", "set PIERRE_MCP_TCP_PORT to a free port");
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    private void AssertRefusedBeforeMigrations(ServerProcess server, params string[] expected)
    {
        Assert.Equal(1, server.ExitCode);
        var line = Assert.Single(server.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in expected)
        {
            Assert.Contains(part, line, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(" at ", server.Stdout + server.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("migration(s) applied", server.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(_second.Combine("data", "pierre.db")), "no database is created for a server that cannot listen");
    }
}
