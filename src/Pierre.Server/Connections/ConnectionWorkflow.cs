using Pierre.Providers;
using Pierre.Providers.OAuth;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Connections.OAuth;
using Pierre.Server.Errors;

namespace Pierre.Server.Connections;

/// <summary>
/// Connecting, listing and disconnecting providers for a caller, whatever the front end (MCP tools, REST, web UI):
/// immediate for the synthetic athlete, OAuth 2.0 with a single-use state (and PKCE where the provider takes it) for
/// Strava and Fitbit.
/// </summary>
internal sealed class ConnectionWorkflow(
    ProviderRegistry providers,
    OAuthFlows flows,
    OAuthAppResolver apps,
    OAuthStateStore states,
    ProviderTokenStore tokens,
    ConnectionService connections,
    IAccessTokenSource accessTokens,
    IOAuthCallbackHost callbackHost,
    LiveCredentials live,
    ServerConfig config)
{
    public async Task<IReadOnlyList<ProviderListing>> ListAsync(Caller caller, CancellationToken ct)
    {
        var sources = await connections.SourcesAsync(caller.TenantId, caller.UserId, ct).ConfigureAwait(false);
        var connected = sources.Connections.ToDictionary(c => c.Provider);
        var defaultSource = sources.Default;
        var listing = new List<ProviderListing>(providers.Names.Count);
        foreach (var name in providers.Names)
        {
            var provider = providers.Get(name);
            var configured = await IsConfiguredAsync(caller.TenantId, provider, ct).ConfigureAwait(false);
            var connection = connected.GetValueOrDefault(name);
            listing.Add(new ProviderListing(
                name,
                configured,
                connection is not null,
                provider.ConnectMode == ConnectMode.OAuth ? "oauth" : "immediate",
                [.. Enum.GetValues<ProviderCapabilities>().Where(c => c != ProviderCapabilities.None && provider.Capabilities.HasFlag(c)).Select(c => c.ToString().ToLowerInvariant())],
                connection?.ConnectedAt,
                connection?.Scopes?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
                configured ? null : SetUpHint(name, caller.TenantId),
                name == defaultSource));
        }

        return listing;
    }

    public async Task<Result<ConnectStarted>> ConnectAsync(Caller caller, string provider, CancellationToken ct)
    {
        if (providers.Find(provider) is not { } source)
        {
            return Refusal.Invalid($"unknown provider '{provider}'; this server has {string.Join(", ", providers.Names)}");
        }

        if (source.ConnectMode == ConnectMode.Immediate)
        {
            var created = await connections.ConnectAsync(caller.TenantId, caller.UserId, provider, ct).ConfigureAwait(false);
            return new ConnectStarted(provider, true, !created, null, created
                ? $"{provider} is connected. Try get_activities or get_stats."
                : $"{provider} was already connected.");
        }

        var flow = flows.Find(provider);
        var app = flow is null ? null : await apps.ResolveAsync(caller.TenantId, flow, ct).ConfigureAwait(false);
        if (flow is null || app is null)
        {
            return Refusal.Precondition(SetUpHint(provider, caller.TenantId));
        }

        if (await connections.FindAsync(caller.TenantId, caller.UserId, provider, ct).ConfigureAwait(false) is not null)
        {
            return new ConnectStarted(provider, true, true, null, $"{provider} was already connected. To grant different permissions, disconnect_provider first, then connect again.");
        }

        var redirect = CallbackUrl(provider);
        var verifier = flow.UsesPkce ? Pkce.NewVerifier() : null;
        var state = await states.CreateAsync(new StartedFlow(caller.TenantId, caller.UserId, provider, redirect, verifier), ct).ConfigureAwait(false);
        await callbackHost.EnsureListeningAsync(ct).ConfigureAwait(false);
        var url = flow.AuthorizationUrl(new AuthorizationRequest(app, redirect, state, verifier is null ? null : Pkce.Challenge(verifier)));
        return new ConnectStarted(provider, false, false, url,
            $"Open this link to let Pierre read your {provider} data, and approve every permission asked: {url} (it works once, within {OAuthStateStore.Lifetime.TotalMinutes:0} minutes).");
    }

    /// <summary>Completes a connection at the provider's callback; a forged, replayed, expired or foreign state changes nothing.</summary>
    public async Task<Result<ProviderConnected>> CompleteAsync(string provider, OAuthCallback callback, CancellationToken ct)
    {
        var (check, started) = await states.ConsumeAsync(callback.State, provider, ct).ConfigureAwait(false);
        switch (check)
        {
            case StateCheck.Unknown:
                return Refusal.Invalid($"This link is not valid for {provider}: the connection was not started here, was already completed, or was for another provider. Ask your assistant to connect {provider} again (connect_provider).");
            case StateCheck.Expired:
                return Refusal.Invalid($"This link expired: a connection must be completed within {OAuthStateStore.Lifetime.TotalMinutes:0} minutes. Ask your assistant to connect {provider} again (connect_provider).");
        }

        if (callback.Error is { } error)
        {
            return Refusal.Forbidden(error == "access_denied"
                ? $"You declined access at {provider}, so nothing was connected. To connect, ask your assistant to connect {provider} again and choose Authorize."
                : $"{provider} did not grant access ({Printable(error)}). Nothing was connected; ask your assistant to connect {provider} again.");
        }

        var flow = flows.Find(provider);
        var app = flow is null ? null : await apps.ResolveAsync(started!.TenantId, flow, ct).ConfigureAwait(false);
        if (string.IsNullOrEmpty(callback.Code) || flow is null || app is null)
        {
            return flow is null || app is null
                ? Refusal.Precondition(SetUpHint(provider, started!.TenantId))
                : Refusal.Invalid($"{provider} sent no authorization code. Ask your assistant to connect {provider} again.");
        }

        var account = new ProviderAccount(started!.TenantId, started.UserId);
        if (await live.AccountAsync(account.UserId, ct).ConfigureAwait(false) is not { Status: Data.Entities.UserStatus.Active } state || state.TenantId != account.TenantId)
        {
            return Refusal.Forbidden("The Pierre account that started this connection is not active; nothing was connected.");
        }

        OAuthTokens granted;
        try
        {
            granted = await flow.ExchangeCodeAsync(app, callback.Code, started.RedirectUri, started.CodeVerifier, callback.Scope, ct).ConfigureAwait(false);
        }
        catch (ProviderException e)
        {
            return Refusal.Invalid($"{provider} did not accept the authorization ({e.Message}). Ask your assistant to connect {provider} again.");
        }

        if (flow.Scopes.MissingFrom(granted.Scopes) is { Count: > 0 } missing)
        {
            await RevokeQuietlyAsync(flow, app, granted.AccessToken, ct).ConfigureAwait(false);
            return Refusal.Forbidden($"{provider} granted access without {string.Join(", ", missing)}, which Pierre needs to read your data. Nothing was connected; connect again and leave every permission ticked.");
        }

        await tokens.SaveAsync(account, provider, granted, app.ClientId, ct).ConfigureAwait(false);
        var scopes = granted.Scopes.Order(StringComparer.Ordinal).ToList();
        await connections.UpsertAsync(account, provider, granted.ProviderUserId, string.Join(' ', scopes), ct).ConfigureAwait(false);
        return new ProviderConnected(provider, scopes, $"{provider} is connected. Go back to your assistant and ask about your training (for example get_activities).");
    }

    /// <summary>
    /// Makes <paramref name="provider"/> the source tools read when they name none; null lets Pierre pick again (the
    /// most recently connected real provider).
    /// </summary>
    public async Task<Result<DefaultProviderSet>> SetDefaultAsync(Caller caller, string? provider, CancellationToken ct)
    {
        if (provider is not null && await connections.FindAsync(caller.TenantId, caller.UserId, provider, ct).ConfigureAwait(false) is null)
        {
            return Refusal.NotConnected($"{provider} is not connected; connect it first with connect_provider (provider: \"{provider}\").");
        }

        await connections.SetDefaultProviderAsync(caller.TenantId, caller.UserId, provider, ct).ConfigureAwait(false);
        return new DefaultProviderSet(provider, provider is null
            ? "Tools without a provider argument read the most recently connected real provider again."
            : $"Tools without a provider argument now read {provider}.");
    }

    /// <summary>Revokes the grant at the provider when it can, then deletes the tokens, the connection and the cached data.</summary>
    public async Task<Result<ProviderDisconnected>> DisconnectAsync(Caller caller, string provider, CancellationToken ct)
    {
        if (providers.Find(provider) is null)
        {
            return Refusal.Invalid($"unknown provider '{provider}'; this server has {string.Join(", ", providers.Names)}");
        }

        var connected = await connections.FindAsync(caller.TenantId, caller.UserId, provider, ct).ConfigureAwait(false) is not null;
        var revoked = false;
        if (flows.Find(provider) is { } flow && await tokens.LoadAsync(caller.Account, provider, ct).ConfigureAwait(false) is { } stored
            && await apps.ResolveAsync(caller.TenantId, flow, stored.ClientId, ct).ConfigureAwait(false) is { } app)
        {
            revoked = await RevokeGrantAsync(flow, app, caller.Account, stored.AccessToken, ct).ConfigureAwait(false);
        }

        // A refresh the provider refused has already removed the connection; the caller still had one.
        var removed = await connections.DisconnectAsync(caller.TenantId, caller.UserId, provider, ct).ConfigureAwait(false) || connected;
        var message = !removed
            ? $"{provider} was not connected; nothing changed."
            : flows.Find(provider) is null || revoked
                ? $"{provider} is disconnected."
                : $"{provider} is disconnected here; {provider} did not confirm the revocation, so you may also remove Pierre in your {provider} settings.";
        return new ProviderDisconnected(provider, removed, revoked, message);
    }

    private Uri CallbackUrl(string provider) => new(config.BaseUrl, $"/api/oauth/{provider}/callback");

    private async Task<bool> IsConfiguredAsync(Guid tenantId, IFitnessProvider provider, CancellationToken ct) =>
        provider.ConnectMode == ConnectMode.Immediate
            ? provider.IsConfigured
            : flows.Find(provider.Name) is { } flow && await apps.ResolveAsync(tenantId, flow, ct).ConfigureAwait(false) is not null;

    private static string SetUpHint(string provider, Guid tenantId)
    {
        var prefix = provider.ToUpperInvariant();
        return $"{provider} is not set up on this server: the operator sets {prefix}_CLIENT_ID and {prefix}_CLIENT_SECRET (README, \"Connecting Strava and Fitbit\"), or a tenant admin adds the tenant's own app with PUT /admin/tenants/{tenantId}/oauth/{provider}.";
    }

    /// <summary>
    /// Revokes with a live access token: Strava's deauthorize refuses an expired one with a 401 that looks like success,
    /// which would leave the grant (and its refresh token) alive at the provider.
    /// </summary>
    private async Task<bool> RevokeGrantAsync(IOAuthFlow flow, OAuthApp app, ProviderAccount account, string storedAccessToken, CancellationToken ct)
    {
        string accessToken;
        try
        {
            accessToken = (await accessTokens.GetAsync(flow.Provider, account, ct).ConfigureAwait(false)).AccessToken;
        }
        catch (ProviderException e) when (e.Failure == ProviderFailure.Revoked)
        {
            // The provider refused to refresh the grant: there is nothing left to revoke.
            return true;
        }
        catch (ProviderException)
        {
            accessToken = storedAccessToken;
        }

        return await RevokeQuietlyAsync(flow, app, accessToken, ct).ConfigureAwait(false);
    }

    private static async Task<bool> RevokeQuietlyAsync(IOAuthFlow flow, OAuthApp app, string accessToken, CancellationToken ct)
    {
        try
        {
            await flow.RevokeAsync(app, accessToken, ct).ConfigureAwait(false);
            return true;
        }
        catch (ProviderException)
        {
            return false;
        }
    }

    private static string Printable(string error) =>
        new([.. error.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ' ').Take(64)]);
}
