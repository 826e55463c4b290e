using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace Pierre.LoadDriver;

/// <summary>
/// The published server in a scratch data folder, prepared the way a user would: a super-admin made with
/// <c>admin create</c>, signed in, enterprise API keys from <c>POST /api/keys</c>, <c>connect_provider synthetic</c>, and
/// <c>get_activities</c> called until its answer is warm. Keeps the last answer for the ceilings to replay.
/// </summary>
internal sealed partial class PierreUnderTest(ChildProcess server, Uri baseUrl, int tcpPort, IReadOnlyList<string> apiKeys) : IAsyncDisposable
{
    private const string Email = "load@example.com";
    private const string Password = "load driver password";

    public ChildProcess Process => server;
    public Uri McpUrl => new(baseUrl, "/mcp");
    public Uri HealthUrl => new(baseUrl, "/health");
    public Uri A2AUrl => new(baseUrl, "/a2a");
    public int TcpPort => tcpPort;
    public IReadOnlyList<string> ApiKeys => apiKeys;

    public static async Task<PierreUnderTest> StartAsync(string app, string scratch, DriverOptions options, HttpClient http)
    {
        var environment = new Dictionary<string, string>
        {
            ["PIERRE_DATA_DIR"] = Path.Combine(scratch, "data"),
            ["LOG_LEVEL"] = options.LogLevel,
            // Unlimited burst for the enterprise tier (0 = unlimited), once the server reads it; until then --keys.
            ["PIERRE_TIER_ENTERPRISE_BURST_PER_MINUTE"] = "0",
        };
        var email = Email;
        if (options.PostgresUrl is not null)
        {
            environment["DATABASE_URL"] = options.PostgresUrl;
            email = $"load-{Guid.NewGuid():N}@example.com"; // a database that outlives the run keeps earlier users
        }

        await ChildProcess.RunAsync(app, ["admin", "create", "--email", email, "--password", Password], Path.Combine(scratch, "admin.log"), environment);
        var port = ChildProcess.FreePort();
        var tcpPort = ChildProcess.FreePort();
        environment["PIERRE_HTTP_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["PIERRE_MCP_TCP_PORT"] = tcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var server = ChildProcess.Start(app, [], Path.Combine(scratch, "server.log"), environment);
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        await WaitUntilAsync(server, async () => (await http.GetAsync(new Uri(baseUrl, "/health"))).IsSuccessStatusCode, "/health");

        var token = await PostAsync(http, new Uri(baseUrl, "/api/auth/login"), new { email, password = Password }, null, "access_token");
        var keys = new List<string>();
        for (var i = 0; i < options.Keys; i++)
        {
            keys.Add(await PostAsync(http, new Uri(baseUrl, "/api/keys"), new { name = $"load {i}", tier = "enterprise" }, token, "key"));
        }

        return new PierreUnderTest(server, baseUrl, tcpPort, keys);
    }

    /// <summary>Connects the synthetic athlete and calls get_activities until warm; returns the last answer.</summary>
    public async Task<(byte[] Body, JsonElement Result)> WarmAsync(HttpClient http, int calls)
    {
        await CallAsync(http, JsonRpc.ConnectSynthetic(1));
        (byte[] Body, JsonElement Result) last = default;
        for (var i = 0; i < calls; i++)
        {
            last = await CallAsync(http, JsonRpc.GetActivities(i + 2));
        }

        return last;
    }

    /// <summary>The server's fail and crit log lines so far: a load run should cause none.</summary>
    public async Task<IReadOnlyList<string>> FailuresLoggedAsync()
    {
        await using var log = new FileStream(server.LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(log);
        var failures = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (FailureLine().IsMatch(line))
            {
                failures.Add(line + " " + (await reader.ReadLineAsync())?.Trim());
            }
        }

        return failures;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    // Text log lines: "fail: Category[id]", after a timestamp when the server writes one.
    [GeneratedRegex(@"^(\S+ )?(fail|crit): ")]
    private static partial Regex FailureLine();

    public static async Task WaitUntilAsync(ChildProcess process, Func<Task<bool>> ready, string what)
    {
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the process exited before {what} answered:\n{await File.ReadAllTextAsync(process.LogPath)}");
            }

            try
            {
                if (await ready())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"{what} did not answer within 30 s:\n{await File.ReadAllTextAsync(process.LogPath)}");
    }

    private async Task<(byte[] Body, JsonElement Result)> CallAsync(HttpClient http, byte[] message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, McpUrl)
        {
            Content = new ByteArrayContent(message) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        request.Headers.Add("X-API-Key", apiKeys[0]);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(ExpectedActivities.Message(body));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{Encoding.UTF8.GetString(message)} answered {(int)response.StatusCode}: {text}");
        }

        using var json = JsonDocument.Parse(text);
        var result = json.RootElement.TryGetProperty("result", out var r) && !(r.TryGetProperty("isError", out var e) && e.GetBoolean())
            ? r.Clone()
            : throw new InvalidOperationException($"{Encoding.UTF8.GetString(message)} answered {text}");
        return (body, result);
    }

    private static async Task<string> PostAsync(HttpClient http, Uri url, object body, string? bearer, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && JsonNode.Parse(text)?[field]?.GetValue<string>() is { } value
            ? value
            : throw new InvalidOperationException($"POST {url.AbsolutePath} answered {(int)response.StatusCode}: {text}");
    }
}
