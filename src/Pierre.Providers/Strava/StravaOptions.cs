namespace Pierre.Providers.Strava;

/// <summary>
/// The deployment's Strava API application and where Strava answers. The endpoints default to strava.com and are
/// settable so tests (and a staging proxy) can point them elsewhere.
/// </summary>
public sealed class StravaOptions
{
    /// <summary>The deployment's Strava client id; without it Strava cannot be connected.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public Uri AuthUrl { get; set; } = new("https://www.strava.com/oauth/authorize");

    public Uri TokenUrl { get; set; } = new("https://www.strava.com/oauth/token");

    /// <summary>The API root, ending with a slash so relative paths such as <c>athlete</c> resolve under it.</summary>
    public Uri ApiBase { get; set; } = new("https://www.strava.com/api/v3/");

    public Uri DeauthorizeUrl { get; set; } = new("https://www.strava.com/oauth/deauthorize");

    /// <summary>How long one HTTP attempt may take before it is abandoned (and a GET retried); null for the shared default.</summary>
    public TimeSpan? AttemptTimeout { get; set; }
}
