using ModelContextProtocol.Client;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>The SDK's own client over Streamable HTTP against the in-process server.</summary>
public static class McpTestClient
{
    public static async Task<McpClient> ConnectAsync(PierreAppFactory app, string apiKey)
    {
        var http = app.CreateClient();
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions
            {
                Endpoint = new Uri(http.BaseAddress!, "/mcp"),
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["X-API-Key"] = apiKey },
            },
            http,
            ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
    }
}
