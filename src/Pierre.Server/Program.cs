using Pierre.Server.A2A;
using Pierre.Server.Admin;
using Pierre.Server.ApiKeys;
using Pierre.Server.Auth;
using Pierre.Server.Cli;
using Pierre.Server.Configuration;
using Pierre.Server.Connections;
using Pierre.Server.Dashboard;
using Pierre.Server.Data;
using Pierre.Server.Diagnostics;
using Pierre.Server.Health;
using Pierre.Server.Hosting;
using Pierre.Server.Mcp;
using Pierre.Server.Mcp.Transports;
using Pierre.Server.OAuthServer;
using Pierre.Server.Realtime;
using Pierre.Server.Tenants;
using Pierre.Server.Usage;
using Pierre.Server.Web;

// The seed's initialisation sequence: command line, configuration, logging, keys, database (+ migrations), server.
CliCommand command;
try
{
    command = CommandLineParser.Parse(args);
}
catch (UsageException e)
{
    await Console.Error.WriteLineAsync($"pierre-mcp-server: {e.Message}; run 'pierre-mcp-server --help'");
    return ExitCodes.Usage;
}

switch (command)
{
    case CliCommand.Help:
        await Console.Out.WriteAsync(HelpText.Render());
        return ExitCodes.Success;
    case CliCommand.Version:
        await Console.Out.WriteLineAsync(ServerVersion.Current);
        return ExitCodes.Success;
}

if (command is CliCommand.Stdio)
{
    return await StdioServer.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
if (command is CliCommand.Reset reset)
{
    // Before the keys are loaded (or generated) and the database opened: reset touches neither.
    return await ResetCommand.RunAsync(builder.Configuration, reset.Confirmed);
}

// One-shot commands print their result on stdout; their logs go to stderr so that it stays clean.
if (builder.AddPierreCore(logsToStandardError: command is not CliCommand.Serve) is not { } config)
{
    return ExitCodes.Usage;
}

builder.ConfigurePierreHosting(config);
// Stateless Streamable HTTP: any replica can answer any request, no session affinity needed.
builder.Services.AddPierreMcp().WithHttpTransport(o => o.Stateless = true);
builder.Services.AddPierreA2A();
builder.Services.AddPierreDashboard();
builder.Services.AddPierreWeb(config);
builder.Services.AddPierreOAuthServer(config);
// The build's manifest of the framework's static files (blazor.web.js), in every environment; a published app has them beside it.
builder.WebHost.UseStaticWebAssets();
builder.AddPierreMetrics(config);
builder.Services.AddHostedService<FirstRunBanner>();
if (config.McpTcpPort is not null)
{
    builder.Services.AddHostedService<TcpMcpListener>();
}

var app = builder.Build();
if (command is CliCommand.Serve && PortCheck.FindUnavailable(app.Services, config) is { } unavailable)
{
    await Console.Error.WriteLineAsync($"pierre-mcp-server: {unavailable}");
    return ExitCodes.Failure;
}

var appliedMigrations = await app.Services.InitializeDatabaseAsync(app.Lifetime.ApplicationStopping);
if (appliedMigrations is null)
{
    return ExitCodes.Failure;
}

if (command is not CliCommand.Serve)
{
    return await CommandRunner.RunAsync(app.Services, command, appliedMigrations, app.Lifetime.ApplicationStopping);
}

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseMiddleware<ClientAbortMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseHostFiltering();
app.UseCors();
app.UseMiddleware<OriginValidationMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<LoginAccountMiddleware>();
app.UseBlazorScript();
app.UseAntiforgery();
app.UseRateLimiter();
app.UseMiddleware<UsageMiddleware>();
app.UseRequestTimeouts();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseMiddleware<MalformedJsonRpcMiddleware>();
// Pings every RealtimeOptions.KeepAliveInterval; a peer that stops answering is dropped.
app.UseWebSockets();

app.MapPierreHealth();
app.MapGroup("/api/auth").MapAuthEndpoints();
app.MapGroup("/api/keys").MapApiKeyEndpoints();
app.MapGroup("/api/dashboard").MapDashboardEndpoints();
app.MapGroup("/api/oauth").MapOAuthEndpoints();
app.MapAdminSetup();
app.MapPierreOAuthServer();
app.MapGroup("/admin").MapAdminEndpoints().MapInvitationEndpoints().MapUserRoleEndpoints().MapTenantOAuthAppEndpoints();
app.MapPierreMcp();
app.MapPierreA2A();
app.MapGroup("/ws").MapPierreRealtime();
app.MapPierreMetrics(config);
app.MapPierreWeb();
if (config.DebugEndpoints)
{
    app.MapPierreDebug();
}

try
{
    await app.RunAsync();
}
catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
{
    await Console.Error.WriteLineAsync(
        $"pierre-mcp-server: cannot listen: {e.Message}; set {EnvironmentVariables.HttpPort.Name} (or {EnvironmentVariables.McpTcpPort.Name}) to a free port");
    return ExitCodes.Failure;
}

return ExitCodes.Success;
