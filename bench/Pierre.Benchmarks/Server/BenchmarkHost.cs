using System.IO.Pipelines;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.ApiKeys;
using Pierre.Server.Auth;
using Pierre.Server.Connections.OAuth;
using Pierre.Server.Data;
using Pierre.Server.Hosting;
using Pierre.Server.Mcp;
using Pierre.Server.Mcp.Transports;

namespace Pierre.Benchmarks.Server;

/// <summary>
/// The server's services as <c>--stdio</c> composes them, on a fresh SQLite database in a temporary folder, with the MCP
/// server on in-memory pipes and a client on their other ends. The local owner is signed in, has the synthetic athlete
/// connected and a starter API key (starter so that the monthly counter runs; its limits are lifted so the benchmark
/// never reaches them).
/// </summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly string _folder;
    private readonly IHost _host;

    private BenchmarkHost(string folder, IHost host, McpClient client, ClaimsPrincipal owner, string apiKey)
    {
        _folder = folder;
        _host = host;
        Client = client;
        Owner = owner;
        ApiKey = apiKey;
    }

    public IServiceProvider Services => _host.Services;

    public McpClient Client { get; }

    public ClaimsPrincipal Owner { get; }

    public string ApiKey { get; }

    public static async Task<BenchmarkHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("pierre-bench-").FullName;
        var toServer = new Pipe();
        var toClient = new Pipe();
        var builder = Host.CreateApplicationBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PIERRE_DATA_DIR"] = folder, ["LOG_LEVEL"] = "warning",
            ["PIERRE_TIER_STARTER_MONTHLY"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PIERRE_TIER_STARTER_BURST_PER_MINUTE"] = "0",
        });
        _ = builder.AddPierreCore(logsToStandardError: true) ?? throw new InvalidOperationException("configuration refused");
        builder.Services.AddSingleton<IOAuthCallbackHost, LoopbackCallbackListener>();
        builder.Services.AddPierreMcp().WithStreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream());
        var host = builder.Build();
        _ = await host.Services.InitializeDatabaseAsync(CancellationToken.None) ?? throw new InvalidOperationException("database refused");

        ClaimsPrincipal owner;
        string apiKey;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            owner = await scope.ServiceProvider.GetRequiredService<LocalOwner>().SignInAsync(CancellationToken.None);
            var created = await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
                .CreateAsync(owner, new CreateApiKeyRequest("bench", "starter", null), CancellationToken.None);
            apiKey = ((Created<CreatedApiKey>)created.Result).Value!.Key;
        }

        host.Services.GetRequiredService<ConnectionIdentities>().Default = owner;
        await host.StartAsync();
        var client = await McpClient.CreateAsync(new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream()));
        var connected = await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" });
        if (connected.IsError == true)
        {
            throw new InvalidOperationException(((TextContentBlock)connected.Content[0]).Text);
        }

        return new BenchmarkHost(folder, host, client, owner, apiKey);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
