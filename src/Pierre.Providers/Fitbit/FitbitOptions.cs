namespace Pierre.Providers.Fitbit;

/// <summary>The deployment's Fitbit app and Fitbit's endpoints (overridable so tests can point at a local fake).</summary>
public sealed class FitbitOptions
{
    /// <summary>The app's OAuth 2.0 client id; Fitbit is not offered without it.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret, sent with HTTP Basic at the token endpoint (Fitbit's client_secret_basic).</summary>
    public string? ClientSecret { get; set; }

    public Uri AuthUrl { get; set; } = new("https://www.fitbit.com/oauth2/authorize");

    public Uri TokenUrl { get; set; } = new("https://api.fitbit.com/oauth2/token");

    /// <summary>The Web API's base; paths such as <c>1/user/-/profile.json</c> are relative to it (keep the trailing slash).</summary>
    public Uri ApiBase { get; set; } = new("https://api.fitbit.com/");

    public Uri RevokeUrl { get; set; } = new("https://api.fitbit.com/oauth2/revoke");

    /// <summary>Each HTTP attempt's timeout; null keeps the shared provider default (10 s). Read once, at registration.</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);
}
