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
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken ct)
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

        var config = provider.GetRequiredService<ServerConfig>();
        var dataFolder = config.DataFolder.Path;
        if (await StdioCommandAsync(dataFolder, errors, ct).ConfigureAwait(false) is not { } stdioCommand)
        {
            return ExitCodes.Failure;
        }

        var keys = provider.GetRequiredService<ApiKeyService>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var earlierKeys = (await keys.ListAsync(owner.User.TenantId, owner.User.Id, ct).ConfigureAwait(false))
            .Count(k => k.RevokedAt is null && (k.ExpiresAt is null || k.ExpiresAt > now));
        var created = await keys.CreateAsync(owner.Principal, new CreateApiKeyRequest($"quickstart {now:yyyy-MM-dd HH:mm:ss}", null, null), ct)
            .ConfigureAwait(false);
        if (created.Result is not Created<CreatedApiKey> { Value: { } key })
        {
            await errors.WriteLineAsync("pierre-mcp-server: quickstart could not create an API key").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await output.WriteAsync(QuickstartText.Render(new QuickstartInfo(
            owner.User.Email, owner.Created, config, dataFolder, key, earlierKeys, stdioCommand))).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// How a desktop client starts Pierre over stdio: the installed .NET tool's command; from a source checkout's build
    /// output, a Release build published once into <c>DATA/app</c>; otherwise (a published folder, the container) this
    /// same app host, or <c>dotnet</c> with the assembly. Null when publishing failed (the reason is on stderr).
    /// </summary>
    private static async Task<IReadOnlyList<string>?> StdioCommandAsync(string dataFolder, TextWriter errors, CancellationToken ct)
    {
        var build = AppContext.BaseDirectory;
        if (StdioLaunch.InstalledToolCommand(build) is { } tool)
        {
            return [tool, "--stdio"];
        }

        if (StdioLaunch.SourceProject(build) is { } project)
        {
            var appHost = await ReleasePublisher.EnsureAsync(project, Path.Combine(dataFolder, "app"), errors, ct).ConfigureAwait(false);
            return appHost is null ? null : [appHost, "--stdio"];
        }

        var process = Environment.ProcessPath ?? StdioLaunch.CommandName;
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? [process, typeof(Quickstart).Assembly.Location, "--stdio"]
            : [process, "--stdio"];
    }
}

internal sealed record QuickstartInfo(
    string Email, bool UserCreated, ServerConfig Config, string DataFolder, CreatedApiKey Key, int EarlierKeys, IReadOnlyList<string> StdioCommand);
