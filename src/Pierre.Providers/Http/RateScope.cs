namespace Pierre.Providers.Http;

/// <summary>Whom a provider's rate limit counts: the whole OAuth application (Strava) or each user (Fitbit).</summary>
public enum RateScope
{
    App,
    User,
}
