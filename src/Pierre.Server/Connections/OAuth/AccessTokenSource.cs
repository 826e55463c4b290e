using Pierre.Providers;
using Pierre.Providers.OAuth;

namespace Pierre.Server.Connections.OAuth;

/// <summary>
/// The host's side of <see cref="IAccessTokenSource"/>: reads the user's encrypted tokens, refreshes them a minute
/// before they expire or when the provider rejects one, exactly once however many calls wait on it, and always saves
/// a rotated refresh token. A grant the provider refuses to refresh disconnects the provider for that user.
/// </summary>
internal sealed partial class AccessTokenSource(
    IServiceScopeFactory scopes, OAuthFlows flows, IAccountLock locks, TimeProvider clock, ILogger<AccessTokenSource> log) : IAccessTokenSource
{
    /// <summary>Refresh this long before the provider's expiry, so a token does not die in flight.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    public async Task<ProviderAccess> GetAsync(string provider, ProviderAccount account, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var tokens = await scope.ServiceProvider.GetRequiredService<ProviderTokenStore>().LoadAsync(account, provider, cancellationToken).ConfigureAwait(false)
                ?? throw NotConnected(provider);
            return ExpiresSoon(tokens)
                ? await RefreshAsync(provider, account, tokens.AccessToken, cancellationToken).ConfigureAwait(false)
                : new ProviderAccess(tokens.AccessToken, tokens.ClientId ?? string.Empty);
        }
    }

    public Task<ProviderAccess> RenewAsync(string provider, ProviderAccount account, string rejected, CancellationToken cancellationToken) =>
        RefreshAsync(provider, account, rejected, cancellationToken);

    private async Task<ProviderAccess> RefreshAsync(string provider, ProviderAccount account, string stale, CancellationToken ct)
    {
        using var held = await locks.AcquireAsync($"refresh:{account.TenantId:N}:{account.UserId:N}:{provider}", ct).ConfigureAwait(false);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var services = scope.ServiceProvider;
            var store = services.GetRequiredService<ProviderTokenStore>();
            var tokens = await store.LoadAsync(account, provider, ct).ConfigureAwait(false) ?? throw NotConnected(provider);
            if (tokens.AccessToken != stale && !ExpiresSoon(tokens))
            {
                // Another call refreshed while this one waited for the lock.
                return new ProviderAccess(tokens.AccessToken, tokens.ClientId ?? string.Empty);
            }

            var flow = flows.Find(provider) ?? throw NotConnected(provider);
            var app = await services.GetRequiredService<OAuthAppResolver>().ResolveAsync(account.TenantId, flow, tokens.ClientId, ct).ConfigureAwait(false);
            if (app is null || tokens.RefreshToken is not { } refreshToken)
            {
                await DisconnectAsync(services, provider, account, ct).ConfigureAwait(false);
                throw Revoked(provider, "the OAuth app that connected it is no longer configured");
            }

            OAuthTokens fresh;
            try
            {
                fresh = await flow.RefreshAsync(app, refreshToken, ct).ConfigureAwait(false);
            }
            catch (ProviderException e) when (e.Failure == ProviderFailure.Revoked)
            {
                await DisconnectAsync(services, provider, account, ct).ConfigureAwait(false);
                throw Revoked(provider, "it no longer accepts Pierre's access (revoked at the provider)");
            }

            await store.SaveAsync(account, provider, fresh, app.ClientId, ct).ConfigureAwait(false);
            LogRefreshed(provider, account.TenantId, account.UserId);
            return new ProviderAccess(fresh.AccessToken, app.ClientId);
        }
    }

    private async Task DisconnectAsync(IServiceProvider services, string provider, ProviderAccount account, CancellationToken ct)
    {
        await services.GetRequiredService<ConnectionService>().DisconnectAsync(account.TenantId, account.UserId, provider, ct).ConfigureAwait(false);
        LogDisconnected(provider, account.TenantId, account.UserId);
    }

    private bool ExpiresSoon(StoredTokens tokens) => tokens.ExpiresAt is { } expires && expires - clock.GetUtcNow() < RefreshMargin;

    private static ProviderException NotConnected(string provider) =>
        new(provider, ProviderFailure.Revoked, $"{provider} is not connected; connect it with connect_provider (provider: \"{provider}\")");

    private static ProviderException Revoked(string provider, string why) =>
        new(provider, ProviderFailure.Revoked, $"{provider} was disconnected: {why}. Reconnect with connect_provider (provider: \"{provider}\")");

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed {Provider} tokens for user {UserId} of tenant {TenantId}")]
    private partial void LogRefreshed(string provider, Guid tenantId, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} refused to refresh the grant of user {UserId} of tenant {TenantId}; the connection was removed")]
    private partial void LogDisconnected(string provider, Guid tenantId, Guid userId);
}
