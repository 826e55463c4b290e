using System.Net;
using System.Net.Http.Headers;

namespace Pierre.LoadDriver;

/// <summary>HTTP scenarios: one pooled client per scenario, as many connections as workers.</summary>
internal static class HttpWorkers
{
    public static HttpClient Client(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A worker posting <c>tools/call get_activities</c> (limit 20) as MCP over Streamable HTTP.</summary>
    public static SendOnce ToolCall(HttpClient client, Uri url, string? apiKey, ExpectedActivities expected)
    {
        var id = 0;
        return async () =>
        {
            id++;
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new ByteArrayContent(JsonRpc.GetActivities(id)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            };
            request.Headers.Accept.ParseAdd("application/json, text/event-stream");
            if (apiKey is not null)
            {
                request.Headers.Add("X-API-Key", apiKey);
            }

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode
                ? expected.Check(ExpectedActivities.Message(body), id % ExpectedActivities.SampleEvery == 1)
                : $"HTTP {(int)response.StatusCode}: {ExpectedActivities.Shorten(System.Text.Encoding.UTF8.GetString(body))}";
        };
    }

    /// <summary>A worker sending the same call as an A2A 1.0 <c>SendMessage</c> to <c>/a2a</c>: a completed task each time.</summary>
    public static SendOnce A2ACall(HttpClient client, Uri url, string apiKey, ExpectedActivities expected)
    {
        var id = 0;
        return async () =>
        {
            id++;
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new ByteArrayContent(JsonRpc.A2AGetActivities(id)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            };
            request.Headers.Add("A2A-Version", "1.0");
            request.Headers.Add("X-API-Key", apiKey);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode
                ? expected.CheckTask(body, id % ExpectedActivities.SampleEvery == 1)
                : $"HTTP {(int)response.StatusCode}: {ExpectedActivities.Shorten(System.Text.Encoding.UTF8.GetString(body))}";
        };
    }

    /// <summary>A worker reading <c>GET /health</c>: 200 and "healthy".</summary>
    public static SendOnce Health(HttpClient client, Uri url) => async () =>
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode && body.AsSpan().IndexOf("\"status\":\"healthy\""u8) >= 0
            ? null
            : $"HTTP {(int)response.StatusCode}: {ExpectedActivities.Shorten(System.Text.Encoding.UTF8.GetString(body))}";
    };
}
