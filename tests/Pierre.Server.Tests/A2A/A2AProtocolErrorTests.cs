using System.Net;
using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

/// <summary>One server for the malformed and unsupported requests below; none of them may write a task.</summary>
public sealed class A2AProtocolServer : IAsyncLifetime
{
    public IdentityHarness H { get; private set; } = null!;

    public A2ATestClient.Agent Agent { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        H = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true", ["PIERRE_MCP_MAX_BODY_BYTES"] = "4096" });
        Agent = await A2ATestClient.RegisterUserAndAgentAsync(H, "ann@example.com", "connections", "data");
    }

    public ValueTask DisposeAsync() => H.DisposeAsync();
}

/// <summary>Malformed and unsupported requests: the JSON-RPC or A2A error code, never a 500, and no task written.</summary>
public sealed class A2AProtocolErrorTests(A2AProtocolServer server) : IClassFixture<A2AProtocolServer>
{
    private static object V1(object message, object? configuration = null) => new { message, configuration = configuration ?? new { } };

    private static object UserMessage(params object[] parts) => new { messageId = "m-1", role = "ROLE_USER", parts };

    private static readonly object ToolPart = new { data = new { tool = "get_connection_status", arguments = new { } } };

    /// <summary>Sends <paramref name="body"/>, expects a JSON-RPC error with <paramref name="code"/> and checks that no task was written.</summary>
    private async Task<JsonNode> RefusedAsync(string body, int code, string? version = "1.0")
    {
        var before = await A2ATestClient.TaskRowsAsync(server.H);
        var (status, answer) = await A2ATestClient.RawAsync(server.H.Client, server.Agent.Key, body, version);

        Assert.True(status == HttpStatusCode.OK, $"{status}: {answer?.ToJsonString()}");
        Assert.Equal("2.0", answer!["jsonrpc"]!.GetValue<string>());
        Assert.True(A2ATestClient.ErrorCode(answer) == code, $"expected {code}: {answer.ToJsonString()}");
        Assert.Null(answer["result"]);
        Assert.Equal(before, await A2ATestClient.TaskRowsAsync(server.H));
        return answer;
    }

    private Task<JsonNode> RefusedAsync(string method, object? parameters, int code, string? version = "1.0") =>
        RefusedAsync(A2ATestClient.Envelope(method, parameters), code, version);

    private static string Message(JsonNode answer) => answer["error"]!["message"]!.GetValue<string>();

    [Fact]
    public async Task InvalidJson_IsParseError_WithANullId()
    {
        var answer = await RefusedAsync("""{"jsonrpc":"2.0","id":5,"method":"SendMessage",""", -32700);

        Assert.True(answer.AsObject().ContainsKey("id"));
        Assert.Null(answer["id"]);
    }

    [Theory]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"method":"GetTask","params":{"id":"x"}}]""")]
    [InlineData("""{"id":1,"method":"GetTask","params":{"id":"x"}}""")]
    [InlineData("""{"jsonrpc":"1.0","id":1,"method":"GetTask","params":{"id":"x"}}""")]
    [InlineData("""{"jsonrpc":2.0,"id":1,"method":"GetTask","params":{"id":"x"}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"params":{"id":"x"}}""")]
    [InlineData("\"GetTask\"")]
    public async Task NotAJsonRpcRequest_IsInvalidRequest(string body)
    {
        await RefusedAsync(body, -32600);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("{\"n\":1}")]
    [InlineData("[1]")]
    public async Task AnIdThatIsNeitherStringNumberNorNull_IsInvalidRequest_AndNothingRuns(string id)
    {
        var request = JsonNode.Parse(A2ATestClient.Envelope("SendMessage", V1(UserMessage(ToolPart))))!;
        request["id"] = JsonNode.Parse(id);

        var answer = await RefusedAsync(request.ToJsonString(), -32600);

        Assert.Null(answer["id"]);
    }

    [Fact]
    public async Task UnknownMethod_IsMethodNotFound()
    {
        Assert.Contains("tasks/frobnicate", Message(await RefusedAsync("tasks/frobnicate", new { }, -32601)), StringComparison.Ordinal);
        await RefusedAsync("Frobnicate", new { }, -32601, version: null);
    }

    [Theory]
    [InlineData("message/send", "1.0", "SendMessage")]
    [InlineData("tasks/get", "1.0", "GetTask")]
    [InlineData("tasks/resubscribe", "1.0", "SubscribeToTask")]
    [InlineData("SendMessage", null, "message/send")]
    [InlineData("CancelTask", null, "tasks/cancel")]
    [InlineData("ListTasks", null, "ListTasks (1.0 only)")]
    public async Task TheOtherVersionsMethod_IsMethodNotFound_NamingThisVersionsMethod(string method, string? version, string named)
    {
        var answer = await RefusedAsync(method, new { }, -32601, version);

        Assert.Contains(named, Message(answer), StringComparison.Ordinal);
        Assert.Contains("A2A-Version", Message(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("0.2")]
    public async Task AnUnsupportedVersionHeader_IsVersionNotSupported(string version)
    {
        var answer = await RefusedAsync("SendMessage", V1(UserMessage(ToolPart)), -32009, version);

        Assert.Equal("VERSION_NOT_SUPPORTED", answer["error"]!["data"]![0]!["reason"]!.GetValue<string>());
        Assert.Contains(version, Message(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_WithoutAMessage_IsInvalidParams()
    {
        Assert.Contains("params.message", Message(await RefusedAsync("SendMessage", new { configuration = new { } }, -32602)), StringComparison.Ordinal);
        await RefusedAsync("SendMessage", null, -32602);
        await RefusedAsync("message/send", new { }, -32602, version: null);
        await RefusedAsync("""{"jsonrpc":"2.0","id":1,"method":"SendMessage","params":[1]}""", -32602);
    }

    [Fact]
    public async Task SendMessage_FromTheAgentRole_IsInvalidParams()
    {
        await RefusedAsync("SendMessage", V1(new { messageId = "m-1", role = "ROLE_AGENT", parts = new[] { ToolPart } }), -32602);
        await RefusedAsync(
            "message/send",
            new { message = new { kind = "message", messageId = "m-1", role = "agent", parts = new object[] { new { kind = "data", data = new { tool = "get_connection_status" } } } } },
            -32602,
            version: null);
    }

    [Fact]
    public async Task SendMessage_WithoutParts_IsInvalidParams()
    {
        await RefusedAsync("SendMessage", V1(UserMessage()), -32602);
        await RefusedAsync("SendMessage", V1(new { messageId = "m-1", role = "ROLE_USER" }), -32602);
        await RefusedAsync("SendMessage", V1(new { role = "ROLE_USER", parts = new[] { ToolPart } }), -32602);
    }

    [Fact]
    public async Task SendMessage_WithOnlyText_IsInvalidParams_ListingTheSkillsAndTools()
    {
        var v1 = await RefusedAsync("SendMessage", V1(UserMessage(new { text = "show my last runs" })), -32602);
        var v03 = await RefusedAsync(
            "message/send", new { message = new { kind = "message", messageId = "m-1", role = "user", parts = new object[] { new { kind = "text", text = "hi" } } } }, -32602, version: null);

        foreach (var answer in new[] { v1, v03 })
        {
            Assert.Contains("connections (", Message(answer), StringComparison.Ordinal);
            Assert.Contains("data (", Message(answer), StringComparison.Ordinal);
            Assert.Contains("get_activities", Message(answer), StringComparison.Ordinal);
            Assert.Contains("connect_provider", Message(answer), StringComparison.Ordinal);
            Assert.DoesNotContain("analyze_training_load", Message(answer), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SendMessage_WithAFilePart_IsContentTypeNotSupported()
    {
        var url = await RefusedAsync("SendMessage", V1(UserMessage(ToolPart, new { url = "https://example.com/ride.fit", mediaType = "application/octet-stream" })), -32005);
        await RefusedAsync("SendMessage", V1(UserMessage(new { raw = "AAECAw==", mediaType = "application/octet-stream" })), -32005);
        await RefusedAsync(
            "message/send",
            new { message = new { kind = "message", messageId = "m-1", role = "user", parts = new object[] { new { kind = "file", file = new { uri = "https://example.com/ride.fit" } } } } },
            -32005,
            version: null);

        Assert.Equal("CONTENT_TYPE_NOT_SUPPORTED", url["error"]!["data"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_AcceptingOnlyImages_IsContentTypeNotSupported()
    {
        var answer = await RefusedAsync("SendMessage", V1(UserMessage(ToolPart), new { acceptedOutputModes = new[] { "image/png" } }), -32005);
        await RefusedAsync("message/send", new
        {
            message = new { kind = "message", messageId = "m-1", role = "user", parts = new object[] { new { kind = "data", data = new { tool = "get_connection_status" } } } },
            configuration = new { acceptedOutputModes = new[] { "image/png" } },
        }, -32005, version: null);

        Assert.Contains("image/png", Message(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_ContinuingATask_IsUnsupportedOperation()
    {
        var answer = await RefusedAsync("SendMessage", V1(new { messageId = "m-1", role = "ROLE_USER", taskId = Guid.NewGuid().ToString(), parts = new[] { ToolPart } }), -32004);

        Assert.Equal("UNSUPPORTED_OPERATION", answer["error"]!["data"]![0]!["reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GetTask", "1.0")]
    [InlineData("CancelTask", "1.0")]
    [InlineData("SubscribeToTask", "1.0")]
    [InlineData("tasks/get", null)]
    [InlineData("tasks/cancel", null)]
    public async Task ATaskMethod_WithoutAnId_IsInvalidParams(string method, string? version)
    {
        Assert.Contains("params.id", Message(await RefusedAsync(method, new { }, -32602, version)), StringComparison.Ordinal);
        await RefusedAsync(method, new { id = 12 }, -32602, version);
    }

    [Theory]
    [InlineData("{\"pageSize\":0}", "pageSize")]
    [InlineData("{\"pageSize\":101}", "pageSize")]
    [InlineData("{\"pageSize\":\"ten\"}", "pageSize")]
    [InlineData("{\"pageSize\":true}", "pageSize")]
    [InlineData("{\"pageSize\":2.5}", "pageSize")]
    [InlineData("{\"pageToken\":\"abc\"}", "pageToken")]
    [InlineData("{\"pageToken\":\"-1\"}", "pageToken")]
    [InlineData("{\"status\":\"TASK_STATE_BOGUS\"}", "TASK_STATE_BOGUS")]
    [InlineData("{\"status\":3}", "status")]
    public async Task ListTasks_WithParametersItCannotUse_IsInvalidParams(string parameters, string named)
    {
        var answer = await RefusedAsync("ListTasks", JsonNode.Parse(parameters), -32602);

        Assert.Contains(named, Message(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyAboveTheLimit_Is413()
    {
        var body = A2ATestClient.Envelope("SendMessage", V1(UserMessage(ToolPart, new { text = new string('x', 5000) })));
        var before = await A2ATestClient.TaskRowsAsync(server.H);

        var (status, answer) = await A2ATestClient.RawAsync(server.H.Client, server.Agent.Key, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(413, answer!["status"]!.GetValue<int>());
        Assert.Equal(before, await A2ATestClient.TaskRowsAsync(server.H));
    }

    [Fact]
    public async Task NoCredentials_Is401()
    {
        var before = await A2ATestClient.TaskRowsAsync(server.H);

        using var request = A2ATestClient.Request(null, A2ATestClient.Envelope("SendMessage", V1(UserMessage(ToolPart))), "1.0", stream: false);
        using var response = await server.H.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var (badKey, _) = await A2ATestClient.RawAsync(server.H.Client, "pk_live_notakey", A2ATestClient.Envelope("SendMessage", V1(UserMessage(ToolPart))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, badKey);
        Assert.Equal(before, await A2ATestClient.TaskRowsAsync(server.H));
    }
}
