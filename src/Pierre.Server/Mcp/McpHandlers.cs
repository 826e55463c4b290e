using System.Diagnostics;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Pierre.Server.Configuration;
using Pierre.Server.Diagnostics;
using Pierre.Server.Usage;

namespace Pierre.Server.Mcp;

/// <summary>
/// <c>tools/list</c> and <c>tools/call</c> for every transport: the same gate decides what is listed and what may be
/// called, and every call is counted against the caller's quota.
/// </summary>
internal static partial class McpHandlers
{
    public const string OperationItem = "pierre.operation";

    public static async ValueTask<ListToolsResult> ListToolsAsync(RequestContext<ListToolsRequestParams> context, CancellationToken ct)
    {
        var services = context.Services!;
        var caller = await ResolveCallerAsync(context, ct).ConfigureAwait(false);
        var allowed = await services.GetRequiredService<ToolGate>().AllowedAsync(caller, ct).ConfigureAwait(false);
        var catalog = services.GetRequiredService<ToolCatalog>();
        return new ListToolsResult { Tools = [.. allowed.Select(t => catalog.Protocol[t.Name])] };
    }

    public static async ValueTask<CallToolResult> CallToolAsync(RequestContext<CallToolRequestParams> context, CancellationToken ct)
    {
        var services = context.Services!;
        var name = context.Params?.Name ?? string.Empty;
        var caller = await ResolveCallerAsync(context, ct).ConfigureAwait(false);
        var allowed = await services.GetRequiredService<ToolGate>().AllowedAsync(caller, ct).ConfigureAwait(false);
        if (allowed.FirstOrDefault(t => t.Name == name) is not { } tool)
        {
            if (await ScopeThatWouldAllowAsync(services, caller, name, ct).ConfigureAwait(false) is { } scope)
            {
                throw new McpProtocolException(
                    $"Tool '{name}' needs the {scope} scope, which this access token was not granted; sign in again and allow it.", McpErrorCode.InvalidParams);
            }

            var suggestions = ToolNameSuggester.Suggest(name, allowed.Select(t => t.Name));
            throw new McpProtocolException(
                $"Unknown tool '{name}'." + (suggestions.Count > 0 ? $" Did you mean {string.Join(", ", suggestions)}?" : " Call tools/list to see the tools."),
                McpErrorCode.InvalidParams);
        }

        var http = services.GetRequiredService<IHttpContextAccessor>().HttpContext;
        QuotaSubject? meteredHere = null;
        if (http is not null)
        {
            // Over HTTP the usage middleware already counts this request; it only needs to know the tool.
            http.Items[OperationItem] = tool.Operation;
        }
        else if (services.GetRequiredService<ServerConfig>().Tiers is var tiers && QuotaSubject.Of(caller.Principal, tiers)?.AtMost(caller.Plan, tiers) is { } subject)
        {
            // Over HTTP the rate limiter middleware applies the tier's burst; a TCP or stdio connection never passes it.
            if (!services.GetRequiredService<BurstLimiter>().TryAcquire(subject))
            {
                return ToolOutcome.Error(
                    $"Too many calls: the {subject.Policy.Tier.ToString().ToLowerInvariant()} tier allows {subject.Policy.BurstPerMinute} a minute; try again within a minute.").ToProtocol();
            }

            var decision = await services.GetRequiredService<QuotaTracker>().TryConsumeAsync(subject).ConfigureAwait(false);
            if (!decision.Allowed)
            {
                return ToolOutcome.Error($"The monthly quota of {decision.Limit} requests is used up; it resets at {decision.ResetsAt:yyyy-MM-ddTHH:mm:ssZ}.").ToProtocol();
            }

            meteredHere = subject;
        }

        var started = Stopwatch.GetTimestamp();
        ToolOutcome outcome;
        var succeeded = false;
        try
        {
            outcome = await services.GetRequiredService<ToolRunner>()
                .RunAsync(caller, name, context.Params?.Arguments, ToolProgress.Mcp(context.Server, context.Params?.ProgressToken), ct).ConfigureAwait(false);
            succeeded = !outcome.IsError;
        }
        finally
        {
            // The stdio process serves no metrics, so it registers none: a call counted here without HTTP came over TCP.
            services.GetService<RequestMetrics>()?.RecordToolCall(
                name, http is null ? ToolTransports.Tcp : ToolTransports.Http, succeeded, Stopwatch.GetElapsedTime(started));
        }

        if (http is not null && outcome.IsError)
        {
            http.Items[UsageMiddleware.StatusItem] = StatusCodes.Status400BadRequest;
        }

        if (meteredHere is { } metered)
        {
            services.GetRequiredService<UsageRecorder>().Record(new UsageRow(
                metered.TenantId, metered.UserId, metered.ApiKeyId, tool.Operation, outcome.IsError ? 400 : 200,
                (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
        }

        return outcome.ToProtocol();
    }

    /// <summary>The scope an OAuth token lacks for a tool that its plan and tenant would otherwise allow.</summary>
    private static async Task<string?> ScopeThatWouldAllowAsync(IServiceProvider services, McpCaller caller, string name, CancellationToken ct)
    {
        if (caller.Caller.Scopes is null)
        {
            return null;
        }

        var unscoped = await services.GetRequiredService<ToolGate>().AllowedAsync(caller with { Caller = caller.Caller with { Scopes = null } }, ct).ConfigureAwait(false);
        return unscoped.FirstOrDefault(t => t.Name == name) is { } tool ? OAuthServer.OAuthScopes.Needed(tool) : null;
    }

    private static async Task<McpCaller> ResolveCallerAsync<T>(RequestContext<T> context, CancellationToken ct)
    {
        var services = context.Services!;
        var principal = context.User?.Identity?.IsAuthenticated == true
            ? context.User
            : services.GetRequiredService<ConnectionIdentities>().For(context.Server);
        return await services.GetRequiredService<McpCallerResolver>().ResolveAsync(principal, ct).ConfigureAwait(false);
    }
}
