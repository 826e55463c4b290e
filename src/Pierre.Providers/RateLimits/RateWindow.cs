namespace Pierre.Providers.RateLimits;

/// <summary>One of a provider's rate-limit windows as it last reported it: <see cref="Used"/> of <see cref="Limit"/> requests until <see cref="ResetsAt"/>.</summary>
public sealed record RateWindow(string Name, int Limit, int Used, DateTimeOffset ResetsAt)
{
    public bool IsSpent => Used >= Limit;
}
