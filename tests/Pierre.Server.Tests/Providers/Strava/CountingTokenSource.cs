using Pierre.Providers;
using Pierre.Providers.OAuth;

namespace Pierre.Server.Tests.Providers.Strava;

/// <summary>
/// The host's token store in miniature: hands out the tokens the fake issued and, when one is rejected, refreshes it
/// once through the Strava flow, counting the renewals.
/// </summary>
internal sealed class CountingTokenSource(IOAuthFlow flow, OAuthApp app) : IAccessTokenSource, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _renewals;

    public OAuthTokens? Current { get; set; }

    public int Renewals => Volatile.Read(ref _renewals);

    public Task<ProviderAccess> GetAsync(string provider, ProviderAccount account, CancellationToken cancellationToken) =>
        Task.FromResult(Current is { } tokens
            ? new ProviderAccess(tokens.AccessToken, app.ClientId)
            : throw new ProviderException(provider, ProviderFailure.Revoked, "not connected"));

    public async Task<ProviderAccess> RenewAsync(string provider, ProviderAccount account, string rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var tokens = Current ?? throw new ProviderException(provider, ProviderFailure.Revoked, "not connected");
            if (tokens.AccessToken != rejected)
            {
                return new ProviderAccess(tokens.AccessToken, app.ClientId);
            }

            Interlocked.Increment(ref _renewals);
            var fresh = await flow.RefreshAsync(app, tokens.RefreshToken!, cancellationToken);
            Current = fresh with { Scopes = tokens.Scopes, ProviderUserId = tokens.ProviderUserId };
            return new ProviderAccess(fresh.AccessToken, app.ClientId);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
