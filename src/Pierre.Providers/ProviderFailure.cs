namespace Pierre.Providers;

/// <summary>Why a provider read failed, so the server can answer the user with what to do next.</summary>
public enum ProviderFailure
{
    /// <summary>The provider rejected the access token (401); one renewal is worth trying.</summary>
    Unauthorized,

    /// <summary>The user's grant is gone (revoked, refresh token invalid, no tokens stored): they must reconnect.</summary>
    Revoked,

    /// <summary>The provider's rate limit is reached, or would be by this request; see <see cref="ProviderException.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>The provider failed, timed out, answered something unreadable, or its circuit breaker is open.</summary>
    Unavailable,

    /// <summary>The provider has no such object for this user.</summary>
    NotFound,
}
