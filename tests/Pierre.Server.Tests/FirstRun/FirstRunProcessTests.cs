using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ModelContextProtocol.Client;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.FirstRun;

/// <summary>
/// The newcomer's path on the real binary in an empty folder, with no variable set: the first start's setup banner,
/// <c>quickstart</c>, and the configurations it prints used exactly as printed.
/// </summary>
[Collection(QuickstartPublish.Collection)]
public sealed partial class FirstRunProcessTests : IDisposable
{
    private const string Banner = "has no admin yet";
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task FirstStart_PrintsTheBannerOnce_ItsTokenCreatesTheAdmin_ASecondUseIsRefused()
    {
        string token;
        await using (var server = ServerProcess.Start(_folder.Path))
        {
            await server.WaitUntilHealthyAsync();
            token = await WaitForSetupTokenAsync(server);
            using var http = new HttpClient { BaseAddress = server.BaseAddress };

            var (status, body, _) = await http.PostAsync("/admin/setup", new { token, email = "root@example.com", password = "first admin password" });
            var (againStatus, _, _) = await http.PostAsync("/admin/setup", new { token, email = "other@example.com", password = "first admin password" });
            var (loginStatus, login, _) = await http.PostAsync("/api/auth/login", new { email = "root@example.com", password = "first admin password" });

            Assert.Equal(HttpStatusCode.Created, status);
            Assert.Equal("super_admin", body.Str("role"));
            Assert.Equal(HttpStatusCode.Conflict, againStatus);
            Assert.Equal(HttpStatusCode.OK, loginStatus);
            Assert.Equal("super_admin", login!["user"].Str("role"));
            Assert.Equal(1, Regex.Count(server.Stdout, Banner));
            Assert.Contains($"curl -X POST http://localhost:{server.Port}/admin/setup", server.Stdout, StringComparison.Ordinal);
            // The token is on the console for the operator, never in a log line.
            Assert.DoesNotContain(LogLines(server.Stdout + server.Stderr), line => line.Contains(token, StringComparison.Ordinal));
            server.Terminate();
            await server.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        await using var restarted = ServerProcess.Start(_folder.Path);
        await restarted.WaitUntilHealthyAsync();
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Banner, restarted.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickstartTwice_OneDemoUser_BothPrintedKeysServeTheSyntheticAthlete_DisconnectedAthleteComesBack()
    {
        await using var server = ServerProcess.Start(_folder.Path);
        await server.WaitUntilHealthyAsync();
        var port = new Dictionary<string, string> { ["PIERRE_HTTP_PORT"] = server.Port.ToString(CultureInfo.InvariantCulture) };

        var (first, firstErrors) = await QuickstartAsync(port);
        await using var earlierKey = await ConnectAsync(first.McpUrl, first.ApiKey);
        var disconnect = await earlierKey.CallToolAsync("disconnect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: TestContext.Current.CancellationToken);
        var (second, secondErrors) = await QuickstartAsync(port);
        await using var client = await ConnectAsync(second.McpUrl, second.ApiKey);
        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var activities = await client.CallToolAsync("get_activities", new Dictionary<string, object?> { ["limit"] = 5 }, cancellationToken: TestContext.Current.CancellationToken);
        var earlierTools = await earlierKey.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(disconnect.StructuredContent!.Value.GetProperty("disconnected").GetBoolean());
        Assert.Equal(new Uri($"http://localhost:{server.Port}/mcp"), second.McpUrl);
        Assert.NotEqual(first.ApiKey, second.ApiKey);
        Assert.Contains($"Data     {_folder.Combine("data")}", first.Text, StringComparison.Ordinal);
        Assert.Contains($"PIERRE_HTTP_PORT={server.Port} pierre-mcp-server", second.Text, StringComparison.Ordinal);
        Assert.Contains($"publishing a Release build to {_folder.Combine("data", "app")}, once", firstErrors, StringComparison.Ordinal);
        Assert.DoesNotContain("publishing", secondErrors, StringComparison.Ordinal);
        Assert.Contains("created the local demo user owner@pierre.local", first.Text, StringComparison.Ordinal);
        Assert.Contains("reusing the local demo user owner@pierre.local", second.Text, StringComparison.Ordinal);
        Assert.Contains("the key created before still works", second.Text, StringComparison.Ordinal);
        Assert.Contains($"curl -s {second.McpUrl} -H 'X-API-Key: {second.ApiKey}'", second.Text, StringComparison.Ordinal);
        Assert.Equal(second.ApiKey, QuickstartOutput.Server(second.RemoteConfig)["env"]!["PIERRE_API_KEY"]!.GetValue<string>());
        Assert.Contains(tools, t => t.Name == "get_activities");
        Assert.Equal(tools.Count, earlierTools.Count);
        Assert.NotEqual(true, activities.IsError);
        Assert.Equal(5, activities.StructuredContent!.Value.GetProperty("activities").GetArrayLength());
        Assert.Equal(["owner@pierre.local"], await UserEmailsAsync());
    }

    [Fact]
    public async Task PrintedStdioConfiguration_RunFromAnotherFolderWithNoInheritedVariables_ServesTheSameDemoUser()
    {
        var (printed, _) = await QuickstartAsync(null);
        var server = QuickstartOutput.Server(printed.StdioConfig);
        // The tests run a build output of the checkout, so the configuration starts the Release build published once
        // into the data folder, never the build output itself.
        Assert.Equal(_folder.Combine("data", "app", "pierre-mcp-server"), server["command"]!.GetValue<string>());
        var environment = StdioClientTransportOptions.GetDefaultEnvironmentVariables();
        foreach (var (name, value) in server["env"]!.AsObject())
        {
            environment[name] = value!.GetValue<string>();
        }

        using var elsewhere = new TempDirectory();
        await using var client = await McpClient.CreateAsync(
            new StdioClientTransport(new StdioClientTransportOptions
            {
                Command = server["command"]!.GetValue<string>(),
                Arguments = [.. server["args"]!.AsArray().Select(a => a!.GetValue<string>())],
                WorkingDirectory = elsewhere.Path,
                InheritEnvironmentVariables = false,
                EnvironmentVariables = environment,
                Name = "pierre",
            }),
            cancellationToken: TestContext.Current.CancellationToken);
        var activities = await client.CallToolAsync("get_activities", new Dictionary<string, object?> { ["limit"] = 3 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(true, activities.IsError);
        Assert.Equal(3, activities.StructuredContent!.Value.GetProperty("activities").GetArrayLength());
        Assert.False(Directory.Exists(Path.Combine(elsewhere.Path, "data")));
        Assert.Equal(["owner@pierre.local"], await UserEmailsAsync());
    }

    public void Dispose() => _folder.Dispose();

    private async Task<(QuickstartOutput Printed, string Stderr)> QuickstartAsync(IReadOnlyDictionary<string, string>? environment)
    {
        await using var run = await ServerProcess.RunAsync(_folder.Path, environment, "quickstart");
        Assert.True(run.ExitCode == 0, $"quickstart exited {run.ExitCode}: {run.Stderr}");
        return (QuickstartOutput.Parse(run.Stdout), run.Stderr);
    }

    private static Task<McpClient> ConnectAsync(Uri url, string apiKey) =>
        McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = url,
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["X-API-Key"] = apiKey },
            }),
            cancellationToken: TestContext.Current.CancellationToken);

    private async Task<List<string>> UserEmailsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_folder.Combine("data", "pierre.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Email FROM users";
        var emails = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            emails.Add(reader.GetString(0));
        }

        return emails;
    }

    private static async Task<string> WaitForSetupTokenAsync(ServerProcess server)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (SetupToken().Match(server.Stdout) is { Success: true } match)
            {
                return match.Value;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"no setup banner: {server.Stdout}");
    }

    private static IEnumerable<string> LogLines(string output) => output.Split('\n').Where(l => LogLine().IsMatch(l));

    [GeneratedRegex("pst_[A-Za-z0-9]{40}")]
    private static partial Regex SetupToken();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT")]
    private static partial Regex LogLine();
}
