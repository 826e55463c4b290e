using System.Data.Common;
using System.Globalization;
using Pierre.Server.Configuration;

namespace Pierre.Server.Admin;

/// <summary>
/// Once the server listens and the database has no admin, prints the setup banner with a fresh one-time token. The
/// token goes to the console only (stdout, or stderr when stdout carries JSON logs): the log line says a banner was
/// printed, never the token.
/// </summary>
internal sealed partial class FirstRunBanner(IServiceScopeFactory scopes, ServerConfig config, ILogger<FirstRunBanner> logger) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            token = await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().IssueTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            LogNotIssued(logger, e.Message);
            return;
        }

        if (token is null)
        {
            return;
        }

        LogPrinted(logger);
        // With JSON logs, stdout is a stream of log objects for a collector; the banner goes to stderr instead.
        var console = config.LogFormat == LogFormat.Json ? Console.Error : Console.Out;
        await console.WriteAsync(Render(config, token)).ConfigureAwait(false);
        await console.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string Render(ServerConfig config, string token)
    {
        var root = config.BaseUrl.GetLeftPart(UriPartial.Authority);
        var quickstart = QuickstartEnvironment(config);
        const string rule = "------------------------------------------------------------------------";
        return $$"""

            {{rule}}
             Pierre is running at {{root}}, and has no admin yet.

             Create the first admin in your browser (the link holds a one-time setup token, valid {{FirstRunSetup.TokenLifetime.TotalHours:0}} h):
               {{root}}/setup?token={{token}}

             or with curl:
               curl -X POST {{root}}/admin/setup -H 'content-type: application/json' \
                 -d '{"token":"{{token}}","email":"you@example.com","password":"a long password"}'

             Just trying Pierre on this machine? Skip the admin and run:
               {{quickstart}}pierre-mcp-server quickstart
               (from the repository: {{quickstart}}dotnet run --project src/Pierre.Server -- quickstart)
            {{rule}}

            """;
    }

    /// <summary>The variables quickstart needs to find this server's port and data folder from any folder.</summary>
    private static string QuickstartEnvironment(ServerConfig config)
    {
        var port = config.HttpPort.ToString(CultureInfo.InvariantCulture);
        var variables = new List<string>();
        if (port != EnvironmentVariables.HttpPort.Default)
        {
            variables.Add($"{EnvironmentVariables.HttpPort.Name}={port}");
        }

        if (config.DataFolder.Origin != DataFolderOrigin.PerUser)
        {
            variables.Add($"{EnvironmentVariables.DataDir.Name}='{config.DataFolder.Path}'");
        }

        return string.Concat(variables.Select(v => v + " "));
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin yet: printed a one-time setup token to the console (POST /admin/setup)")]
    private static partial void LogPrinted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "No setup token issued: {Reason}")]
    private static partial void LogNotIssued(ILogger logger, string reason);
}
