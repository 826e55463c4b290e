namespace Pierre.Providers.OAuth;

/// <summary>
/// The scopes a provider is asked for: without a required one Pierre cannot read the data and the connection is
/// refused; an optional one adds data (heart-rate zones, sleep) when the user grants it.
/// </summary>
public sealed record OAuthScopes(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public IEnumerable<string> All => Required.Concat(Optional);

    /// <summary>The required scopes missing from what the user granted.</summary>
    public IReadOnlyList<string> MissingFrom(IReadOnlySet<string> granted) => [.. Required.Where(s => !granted.Contains(s))];
}
