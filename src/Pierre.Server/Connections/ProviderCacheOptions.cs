namespace Pierre.Server.Connections;

/// <summary>How long each kind of provider read stays cached before the provider is asked again.</summary>
internal sealed class ProviderCacheOptions
{
    /// <summary>The athlete's profile changes rarely (weight, thresholds).</summary>
    public TimeSpan Athlete { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Short, so a newly recorded activity shows up within minutes.</summary>
    public TimeSpan Activities { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A recorded activity's samples never change.</summary>
    public TimeSpan Streams { get; set; } = TimeSpan.FromHours(24);
}
