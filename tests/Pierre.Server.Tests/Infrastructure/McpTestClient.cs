using ModelContextProtocol.Client;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>The SDK's own client over Streamable HTTP against the in-process server.</summary>
public static class McpTestClient
{
    public static Task<McpClient> ConnectAsync(PierreAppFactory app, string apiKey) =>
        ConnectWithHeadersAsync(app, new Dictionary<string, string> { ["X-API-Key"] = apiKey });

    public static async Task<McpClient> ConnectWithHeadersAsync(PierreAppFactory app, Dictionary<string, string> headers)
    {
        var http = app.CreateClient();
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions
            {
                Endpoint = new Uri(http.BaseAddress!, "/mcp"),
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = headers,
            },
            http,
            ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>The SDK's own client over Streamable HTTP to a server listening on a real port, as a pasted configuration would connect.</summary>
    public static async Task<McpClient> ConnectAsync(Uri endpoint, string apiKey) =>
        await McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = endpoint,
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["X-API-Key"] = apiKey },
            }),
            cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Registers <paramref name="email"/> (the harness auto-approves), gives them a key and connects as them, with the synthetic athlete connected unless asked otherwise.</summary>
    public static async Task<McpClient> ForNewUserAsync(IdentityHarness h, string email = "ann@example.com", bool connectSynthetic = true)
    {
        await h.RegisterAsync(email);
        var client = await ConnectAsync(h.App, await h.CreateKeyAsync((await h.LoginAsync(email)).Str("access_token")));
        if (connectSynthetic)
        {
            await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: TestContext.Current.CancellationToken);
        }

        return client;
    }
}
