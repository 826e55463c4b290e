using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Pierre.Server.Auth;
using Pierre.Server.Errors;

namespace Pierre.Server.Connections;

/// <summary>
/// The seed's <c>/api/oauth</c> routes: what can be connected, starting a connection, and the provider's callback.
/// The callback is anonymous: the single-use state it carries says whose connection it completes.
/// </summary>
internal static class OAuthEndpoints
{
    public static RouteGroupBuilder MapOAuthEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/providers", ListAsync).RequireAuthorization(Policies.ActiveUser);
        group.MapGet("/{provider}/auth", StartAsync).RequireAuthorization(Policies.ActiveUser);
        group.MapGet("/{provider}/callback", CallbackAsync).AllowAnonymous();
        return group;
    }

    private static async Task<Results<Ok<ProviderListingResponse>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, CallerResolver callers, ConnectionWorkflow workflow, CancellationToken ct)
    {
        var (caller, refusal) = await callers.ResolveAsync(user, ct).ConfigureAwait(false);
        return caller is null
            ? Problems.Create(StatusCodes.Status401Unauthorized, refusal!)
            : TypedResults.Ok(new ProviderListingResponse(await workflow.ListAsync(caller, ct).ConfigureAwait(false)));
    }

    private static async Task<Results<RedirectHttpResult, Ok<ConnectStarted>, ProblemHttpResult>> StartAsync(
        string provider, HttpRequest request, ClaimsPrincipal user, CallerResolver callers, ConnectionWorkflow workflow, CancellationToken ct)
    {
        var (caller, refusal) = await callers.ResolveAsync(user, ct).ConfigureAwait(false);
        if (caller is null)
        {
            return Problems.Create(StatusCodes.Status401Unauthorized, refusal!);
        }

        var started = await workflow.ConnectAsync(caller, provider.ToLowerInvariant(), ct).ConfigureAwait(false);
        if (started.Value is not { } value)
        {
            return started.Refusal!.ToProblem();
        }

        var wantsJson = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        return value.AuthorizationUrl is { } url && !wantsJson ? TypedResults.Redirect(url.AbsoluteUri) : TypedResults.Ok(value);
    }

    private static async Task<ContentHttpResult> CallbackAsync(
        string provider, string? state, string? code, string? error, string? scope, ConnectionWorkflow workflow, CancellationToken ct)
    {
        var result = await workflow.CompleteAsync(provider.ToLowerInvariant(), new OAuthCallback(state, code, error, scope), ct).ConfigureAwait(false);
        return result.Value is { } connected
            ? TypedResults.Content(OAuthResultPage.Render($"{connected.Provider} is connected", connected.Message, inWebUi: true), "text/html; charset=utf-8", statusCode: StatusCodes.Status200OK)
            : TypedResults.Content(
                OAuthResultPage.Render($"{provider} was not connected", result.Refusal!.Detail, inWebUi: true),
                "text/html; charset=utf-8",
                statusCode: result.Refusal.Kind == RefusalKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
    }
}

/// <summary>Every installed provider as the caller sees it.</summary>
internal sealed record ProviderListingResponse(IReadOnlyList<ProviderListing> Providers);
