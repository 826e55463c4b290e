using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Providers;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// A2A over real HTTP to the test server: agent registration, JSON-RPC calls in either protocol version (1.0 with the
/// <c>A2A-Version</c> header, 0.3 without), and streams read event by event as server-sent events.
/// </summary>
public static class A2ATestClient
{
    /// <summary>A registered user with an agent: the user's access token and the agent's client id and key.</summary>
    public sealed record Agent(string UserToken, string ClientId, string Key);

    /// <summary>Registers and signs in <paramref name="email"/>, then registers an agent with these capabilities.</summary>
    public static async Task<Agent> RegisterUserAndAgentAsync(IdentityHarness h, string email, params string[] capabilities)
    {
        await h.RegisterAsync(email);
        var token = (await h.LoginAsync(email)).Str("access_token");
        return await RegisterAgentAsync(h, token, capabilities);
    }

    public static async Task<Agent> RegisterAgentAsync(IdentityHarness h, string userToken, params string[] capabilities)
    {
        var (status, body, _) = await h.Client.PostAsync("/a2a/register", new { name = "test-agent", description = "an agent under test", capabilities }, userToken);
        Assert.True(status == HttpStatusCode.Created, $"register agent {status}: {body?.ToJsonString()}");
        return new Agent(userToken, body.Str("client_id"), body.Str("api_key"));
    }

    /// <summary><c>POST /a2a/tools</c> with an API key: the tools listed for that caller.</summary>
    public static async Task<List<JsonObject>> ToolsAsync(HttpClient client, string key)
    {
        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/a2a/tools", new { }, apiKey: key);
        Assert.True(status == HttpStatusCode.OK, $"/a2a/tools {status}: {body?.ToJsonString()}");
        return [.. body!["tools"]!.AsArray().Select(t => t!.AsObject())];
    }

    /// <summary>The state of the task a 1.0 <c>SendMessage</c> answered with (e.g. <c>TASK_STATE_COMPLETED</c>).</summary>
    public static async Task<string?> SendStateAsync(HttpClient client, string key, string tool, object? arguments = null)
    {
        var (_, body) = await RpcAsync(client, key, "SendMessage", Message(tool, arguments));
        return body?["result"]?["task"]?["status"]?["state"]?.GetValue<string>();
    }

    /// <summary>The HTTP status of an MCP <c>tools/list</c> on <c>/mcp</c> with this API key.</summary>
    public static async Task<HttpStatusCode> McpStatusAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/mcp", UriKind.Relative))
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        request.Headers.Add("X-API-Key", key);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>A JSON-RPC request with a numeric id; <paramref name="version"/> "1.0" sends the header, null sends none (0.3).</summary>
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> RpcAsync(
        HttpClient client, string key, string method, object? parameters, string? version = "1.0", int id = 1)
    {
        using var request = Request(key, Envelope(method, parameters, id), version, stream: false);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Posts a raw body (for malformed requests).</summary>
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> RawAsync(HttpClient client, string key, string body, string? version = "1.0")
    {
        using var request = Request(key, body, version, stream: false);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>A streaming method: the response's content type and every event's JSON-RPC envelope, until the server closes.</summary>
    public static async Task<(string? ContentType, List<JsonNode> Events)> StreamAsync(
        HttpClient client, string key, string method, object? parameters, string? version = "1.0", int id = 1)
    {
        using var request = Request(key, Envelope(method, parameters, id), version, stream: true);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        var events = new List<JsonNode>();
        await foreach (var e in EventsAsync(response))
        {
            events.Add(e);
        }

        return (response.Content.Headers.ContentType?.MediaType, events);
    }

    /// <summary>Reads server-sent events as they arrive: each <c>data:</c> block is one JSON-RPC envelope.</summary>
    public static async IAsyncEnumerable<JsonNode> EventsAsync(HttpResponseMessage response)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line.AsSpan(5).TrimStart(' '));
            }
            else if (line.Length == 0 && data.Length > 0)
            {
                yield return JsonNode.Parse(data.ToString())!;
                data.Clear();
            }
        }
    }

    public static HttpRequestMessage Request(string? key, string body, string? version, bool stream)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/a2a", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("X-API-Key", key);
        }

        if (version is not null)
        {
            request.Headers.Add("A2A-Version", version);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(stream ? "text/event-stream" : "application/json"));
        return request;
    }

    public static string Envelope(string method, object? parameters, int id = 1) =>
        new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(parameters)) }
            .ToJsonString();

    /// <summary>A 1.0 message params object that runs <paramref name="tool"/> with these arguments.</summary>
    public static object Message(string tool, object? arguments = null, object? configuration = null) => new
    {
        message = new { messageId = Guid.NewGuid().ToString(), role = "ROLE_USER", parts = new object[] { new { data = new { tool, arguments = arguments ?? new { } } } } },
        configuration = configuration ?? new { },
    };

    /// <summary>The same in 0.3's shapes (<c>kind</c> on the message and its parts).</summary>
    public static object MessageV03(string tool, object? arguments = null, object? configuration = null) => new
    {
        message = new
        {
            kind = "message", messageId = Guid.NewGuid().ToString(), role = "user",
            parts = new object[] { new { kind = "data", data = new { tool, arguments = arguments ?? new { } } } },
        },
        configuration = configuration ?? new { blocking = true },
    };

    /// <summary>A server with the <see cref="FakeFitnessProvider"/> installed beside the synthetic athlete, and an agent of ann's connected to it.</summary>
    public static async Task<(IdentityHarness H, Agent Agent, FakeFitnessProvider Trailmark)> StartWithTrailmarkAsync(
        string provider, Dictionary<string, string>? settings = null, params string[] capabilities)
    {
        var merged = new Dictionary<string, string> { ["AUTO_APPROVE_USERS"] = "true" };
        foreach (var (k, v) in settings ?? [])
        {
            merged[k] = v;
        }

        var h = await IdentityHarness.StartAsync(provider, merged, services => services.AddSingleton<IFitnessProvider, FakeFitnessProvider>());
        var agent = await RegisterUserAndAgentAsync(h, "ann@example.com", capabilities.Length == 0 ? ["connections", "data", "analysis"] : capabilities);
        var (_, connected) = await RpcAsync(h.Client, agent.Key, "SendMessage", Message("connect_provider", new { provider = FakeFitnessProvider.ProviderName }));
        Assert.Equal("TASK_STATE_COMPLETED", TaskOf(connected)?["status"]?["state"]?.GetValue<string>());
        return (h, agent, h.App.Services.GetServices<IFitnessProvider>().OfType<FakeFitnessProvider>().Single());
    }

    /// <summary>The task of a send result (1.0 wraps it in <c>task</c>, 0.3 answers it bare) or of a GetTask result.</summary>
    public static JsonNode? TaskOf(JsonNode? response) => response?["result"] is { } result ? result["task"] ?? result : null;

    public static string? StateOf(JsonNode? response) => TaskOf(response)?["status"]?["state"]?.GetValue<string>();

    public static int? ErrorCode(JsonNode? response) => response?["error"]?["code"]?.GetValue<int>();

    /// <summary>Opens a stream and hands back the response, so a test can read some events, act, then read the rest.</summary>
    public static Task<HttpResponseMessage> OpenStreamAsync(HttpClient client, string key, string method, object? parameters, string? version = "1.0", int id = 1)
    {
        var request = Request(key, Envelope(method, parameters, id), version, stream: true);
        return client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
    }

    /// <summary>Asks GetTask until the task is in <paramref name="state"/> (1.0 names), for at most ten seconds.</summary>
    public static async Task<JsonNode> WaitForStateAsync(HttpClient client, string key, string taskId, string state)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (true)
        {
            var (_, got) = await RpcAsync(client, key, "GetTask", new { id = taskId });
            if (StateOf(got) == state || TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Equal(state, StateOf(got));
                return TaskOf(got)!;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>How many A2A task rows the database holds.</summary>
    internal static Task<int> TaskRowsAsync(IdentityHarness h) => h.DbAsync(db => db.A2ATasks.CountAsync());
}
