namespace Pierre.Providers.OAuth;

/// <summary>
/// A user's current access token for a provider, refreshed before it expires. The server implements it over its
/// encrypted token store; a provider asks it on every request and never stores a token itself.
/// </summary>
public interface IAccessTokenSource
{
    /// <summary>A token valid now; throws <see cref="ProviderException"/> (<see cref="ProviderFailure.Revoked"/>) when the user has none.</summary>
    Task<ProviderAccess> GetAsync(string provider, ProviderAccount account, CancellationToken cancellationToken);

    /// <summary>
    /// The provider rejected <paramref name="rejected"/>: refresh it, once however many callers report the same token,
    /// and return the new one.
    /// </summary>
    Task<ProviderAccess> RenewAsync(string provider, ProviderAccount account, string rejected, CancellationToken cancellationToken);
}
