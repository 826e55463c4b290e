using Pierre.Server.Auth;
using Pierre.Server.Connections.OAuth;
using Pierre.Server.Data;
using Pierre.Server.Hosting;

namespace Pierre.Server.Mcp.Transports;

/// <summary>
/// <c>pierre-mcp-server --stdio</c> for desktop clients: the same tools and gate as HTTP, protocol on stdout, logs on
/// stderr. It acts as the user of <c>PIERRE_API_KEY</c>, or as the local owner when no key is given.
/// </summary>
internal static class StdioServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder([.. args.Where(a => a != "--stdio")]);
        if (builder.AddPierreCore(logsToStandardError: true) is not { } config)
        {
            return ExitCodes.Usage;
        }

        // No HTTP server runs here: a loopback listener takes the OAuth callback while a connection is pending.
        builder.Services.AddSingleton<IOAuthCallbackHost, LoopbackCallbackListener>();
        builder.Services.AddPierreMcp().WithStdioServerTransport();
        using var host = builder.Build();
        if (await host.Services.InitializeDatabaseAsync(CancellationToken.None).ConfigureAwait(false) is null)
        {
            return ExitCodes.Failure;
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var principal = config.StdioApiKey is { } key
                ? await scope.ServiceProvider.GetRequiredService<ApiKeyAuthenticator>().AuthenticateAsync(key, "stdio", CancellationToken.None).ConfigureAwait(false)
                : await scope.ServiceProvider.GetRequiredService<LocalOwner>().SignInAsync(CancellationToken.None).ConfigureAwait(false);
            if (principal is null)
            {
                await Console.Error.WriteLineAsync("pierre-mcp-server: PIERRE_API_KEY is not a valid, live API key; create one with POST /api/keys or unset it to run as the local owner").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            host.Services.GetRequiredService<ConnectionIdentities>().Default = principal;
        }

        await host.RunAsync().ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
