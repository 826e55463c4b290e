using System.Net;
using System.Text.Json;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Hosting;

/// <summary>The published binary as an operator runs it: first start, restart, bad configuration, SIGTERM.</summary>
public sealed class ServerProcessTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task FirstStart_InAnEmptyFolder_CreatesDataAndKeysAndIsHealthy()
    {
        await using var server = ServerProcess.Start(_folder.Path);

        await server.WaitUntilHealthyAsync();

        var data = _folder.Combine("data");
        Assert.True(File.Exists(Path.Combine(data, "pierre.db")));
        Assert.Equal(32, new FileInfo(Path.Combine(data, "encryption.key")).Length);
        Assert.Equal(64, new FileInfo(Path.Combine(data, "jwt.secret")).Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "encryption.key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "jwt.secret")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(data));
    }

    [Theory]
    [InlineData("DATABASE_URL", "mysql://root@localhost/pierre")]
    [InlineData("DATABASE_URL", "postgresql://")]
    [InlineData("PIERRE_HTTP_PORT", "http")]
    [InlineData("PIERRE_TIER_TRIAL_BURST_PER_MINUTE", "-1")]
    [InlineData("PIERRE_TIER_STARTER_MONTHLY", "lots")]
    public async Task Start_WithAMalformedVariable_PrintsOneLineAndExitsWith2(string variable, string value)
    {
        await using var server = await ServerProcess.RunAsync(_folder.Path, new Dictionary<string, string> { [variable] = value });

        Assert.Equal(2, server.ExitCode);
        var line = Assert.Single(server.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(variable, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", server.Stderr + server.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("data")), "nothing is created when the configuration is bad");
    }

    [Fact]
    public async Task Start_WithAKeyFileOfTheWrongLength_RefusesAndKeepsTheFile()
    {
        Directory.CreateDirectory(_folder.Combine("data"));
        await File.WriteAllBytesAsync(_folder.Combine("data", "jwt.secret"), new byte[10], TestContext.Current.CancellationToken);

        await using var server = await ServerProcess.RunAsync(_folder.Path, null);

        Assert.Equal(2, server.ExitCode);
        Assert.Contains("JWT secret", server.Stderr, StringComparison.Ordinal);
        Assert.Equal(10, new FileInfo(_folder.Combine("data", "jwt.secret")).Length);
    }

    [Fact]
    public async Task Sigterm_DuringASlowRequest_LetsItFinishAndExitsZero()
    {
        var env = new Dictionary<string, string> { ["PIERRE_ENABLE_DEBUG_ENDPOINTS"] = "true" };
        await using var server = ServerProcess.Start(_folder.Path, env);
        await server.WaitUntilHealthyAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var slow = client.GetAsync(new Uri("/debug/delay?ms=3000", UriKind.Relative), TestContext.Current.CancellationToken);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        server.Terminate();
        using var response = await slow;
        await server.WaitForExitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"delayed_ms\":3000", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, server.ExitCode);
    }

    [Fact]
    public async Task Restart_KeepsKeysAndDataAndAppliesNoMigrationTwice()
    {
        var migrate = await ServerProcess.RunAsync(_folder.Path, null, "migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Matches(@"applied [1-9]\d* migration\(s\): \d+_InitialCreate", migrate.Stdout);
        var key = await File.ReadAllBytesAsync(_folder.Combine("data", "encryption.key"), TestContext.Current.CancellationToken);
        var admin = await ServerProcess.RunAsync(_folder.Path, null, "admin", "create", "--email", "Root@Example.com", "--password", "correct horse");
        Assert.Equal(0, admin.ExitCode);
        Assert.Contains("created super-admin root@example.com", admin.Stdout, StringComparison.Ordinal);

        await using (var server = ServerProcess.Start(_folder.Path))
        {
            await server.WaitUntilHealthyAsync();
            server.Terminate();
            await server.WaitForExitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(0, server.ExitCode);
            Assert.Contains("0 migration(s) applied", server.Stdout, StringComparison.Ordinal);
        }

        var again = await ServerProcess.RunAsync(_folder.Path, null, "migrate");
        var duplicate = await ServerProcess.RunAsync(_folder.Path, null, "admin", "create", "--email", "root@example.com", "--password", "another one");
        Assert.Contains("no migration applied", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(key, await File.ReadAllBytesAsync(_folder.Combine("data", "encryption.key"), TestContext.Current.CancellationToken));
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("already exists", duplicate.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLogFormat_WritesOneJsonObjectPerLine_AndTheBannerToStderr()
    {
        var env = new Dictionary<string, string> { ["LOG_FORMAT"] = "json" };
        await using var server = ServerProcess.Start(_folder.Path, env);
        await server.WaitUntilHealthyAsync();
        for (var i = 0; i < 50 && !server.Stderr.Contains("has no admin yet", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        server.Terminate();
        await server.WaitForExitAsync(TimeSpan.FromSeconds(20));

        // The setup banner goes to stderr, so that stdout stays one JSON object per line.
        Assert.Contains("has no admin yet", server.Stderr, StringComparison.Ordinal);
        var lines = server.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
        }

        Assert.Contains(lines, l => l.Contains("\"Route\":\"/health\"", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
