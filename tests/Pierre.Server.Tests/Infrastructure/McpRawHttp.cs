using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>Hand-written JSON-RPC posts to <c>/mcp</c>, for messages the official client would never send.</summary>
public static class McpRawHttp
{
    public static HttpRequestMessage Post(string key, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/mcp", UriKind.Relative)) { Content = content };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    /// <summary>Posts one JSON-RPC message; returns the status and the first JSON-RPC message of the (SSE) answer.</summary>
    public static async Task<(HttpStatusCode Status, JsonNode? Message)> SendAsync(HttpClient client, string key, string json)
    {
        using var request = Post(key, new StringContent(json, Encoding.UTF8, "application/json"));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var data = text.Split('\n').FirstOrDefault(l => l.StartsWith("data: ", StringComparison.Ordinal))?["data: ".Length..];
        return (response.StatusCode, data is null ? null : JsonNode.Parse(data));
    }

    public static string Call(int id, string tool, JsonObject arguments) => new JsonObject
    {
        ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = "tools/call", ["params"] = new JsonObject { ["name"] = tool, ["arguments"] = arguments },
    }.ToJsonString();
}
