namespace Pierre.Providers;

/// <summary>
/// A provider read or OAuth exchange that failed. The message is safe to show a user: it names the provider and what
/// happened, never a token, a secret or the provider's raw body.
/// </summary>
public sealed class ProviderException(string provider, ProviderFailure failure, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string Provider { get; } = provider;

    public ProviderFailure Failure { get; } = failure;

    /// <summary>How long to wait before the provider will answer again, when known.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
