namespace Pierre.Providers.RateLimits;

/// <summary>
/// The requests a provider still allows, per scope: Strava limits the whole application (scope = its client id),
/// Fitbit each user. Kept behind this interface so several replicas can share it (Redis) later.
/// </summary>
public interface IRateBudget
{
    /// <summary>
    /// Counts one request against every window known for <paramref name="scope"/>; false, with how long until every
    /// spent window has reset, when one has nothing left (and nothing is counted).
    /// </summary>
    bool TryReserve(string scope, out TimeSpan retryAfter);

    /// <summary>Replaces what is known of the scope's windows with what the provider just reported.</summary>
    void Report(string scope, IReadOnlyList<RateWindow> windows);

    /// <summary>The windows known for the scope that have not reset yet.</summary>
    IReadOnlyList<RateWindow> Windows(string scope);
}
