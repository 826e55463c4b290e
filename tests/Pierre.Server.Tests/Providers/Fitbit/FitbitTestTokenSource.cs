using Pierre.Providers;
using Pierre.Providers.OAuth;

namespace Pierre.Server.Tests.Providers.Fitbit;

/// <summary>
/// What the host's token store does, in memory: hands out each account's current token and, when Fitbit rejects it,
/// refreshes it once through the OAuth flow (storing the rotated refresh token), counting the refreshes.
/// </summary>
internal sealed class FitbitTestTokenSource(Func<IOAuthFlow> flow, OAuthApp app) : IAccessTokenSource, IDisposable
{
    private readonly Dictionary<ProviderAccount, OAuthTokens> _tokens = [];
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private int _refreshes;

    public int Refreshes => Volatile.Read(ref _refreshes);

    public void Store(ProviderAccount account, OAuthTokens tokens)
    {
        lock (_tokens)
        {
            _tokens[account] = tokens;
        }
    }

    public OAuthTokens Current(ProviderAccount account)
    {
        lock (_tokens)
        {
            return _tokens.TryGetValue(account, out var tokens)
                ? tokens
                : throw new ProviderException("fitbit", ProviderFailure.Revoked, "fitbit is not connected");
        }
    }

    public Task<ProviderAccess> GetAsync(string provider, ProviderAccount account, CancellationToken cancellationToken) =>
        Task.FromResult(new ProviderAccess(Current(account).AccessToken, app.ClientId));

    public async Task<ProviderAccess> RenewAsync(string provider, ProviderAccount account, string rejected, CancellationToken cancellationToken)
    {
        await _renewing.WaitAsync(cancellationToken);
        try
        {
            var current = Current(account);
            if (current.AccessToken != rejected)
            {
                return new ProviderAccess(current.AccessToken, app.ClientId);
            }

            var renewed = await flow().RefreshAsync(app, current.RefreshToken!, cancellationToken);
            Interlocked.Increment(ref _refreshes);
            Store(account, renewed);
            return new ProviderAccess(renewed.AccessToken, app.ClientId);
        }
        finally
        {
            _renewing.Release();
        }
    }

    public void Dispose() => _renewing.Dispose();
}
