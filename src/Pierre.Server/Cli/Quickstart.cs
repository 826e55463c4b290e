using Microsoft.AspNetCore.Http.HttpResults;
using Pierre.Server.ApiKeys;
using Pierre.Server.Configuration;
using Pierre.Providers.Synthetic;
using Pierre.Server.Connections;
using Pierre.Server.Hosting;
using Pierre.Server.Mcp.Transports;

namespace Pierre.Server.Cli;

/// <summary>
/// <c>pierre-mcp-server quickstart</c>: the local owner (created once, synthetic athlete connected), a new API key, and
/// everything needed to point an assistant at this server. Running it again reuses the owner and leaves old keys working.
/// </summary>
internal static class Quickstart
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var owner = await provider.GetRequiredService<LocalOwner>().EnsureAsync(ct).ConfigureAwait(false);
        if (!owner.Created)
        {
            // A new owner comes connected; a reused one may have disconnected the demo athlete since.
            await provider.GetRequiredService<ConnectionService>()
                .ConnectAsync(owner.User.TenantId, owner.User.Id, SyntheticAthlete.ProviderName, ct).ConfigureAwait(false);
        }

        var keys = provider.GetRequiredService<ApiKeyService>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var earlierKeys = (await keys.ListAsync(owner.User.TenantId, owner.User.Id, ct).ConfigureAwait(false))
            .Count(k => k.RevokedAt is null && (k.ExpiresAt is null || k.ExpiresAt > now));
        var created = await keys.CreateAsync(owner.Principal, new CreateApiKeyRequest($"quickstart {now:yyyy-MM-dd HH:mm:ss}", null, null), ct)
            .ConfigureAwait(false);
        if (created.Result is not Created<CreatedApiKey> { Value: { } key })
        {
            await Console.Error.WriteLineAsync("pierre-mcp-server: quickstart could not create an API key").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var config = provider.GetRequiredService<ServerConfig>();
        await output.WriteAsync(QuickstartText.Render(new QuickstartInfo(
            owner.User.Email, owner.Created, config, key, earlierKeys, StdioLaunch()))).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>How a desktop client starts this same build over stdio: the app host, or <c>dotnet</c> with the assembly.</summary>
    private static IReadOnlyList<string> StdioLaunch()
    {
        var process = Environment.ProcessPath ?? "pierre-mcp-server";
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? [process, typeof(Quickstart).Assembly.Location, "--stdio"]
            : [process, "--stdio"];
    }
}

internal sealed record QuickstartInfo(
    string Email, bool UserCreated, ServerConfig Config, CreatedApiKey Key, int EarlierKeys, IReadOnlyList<string> StdioCommand);
