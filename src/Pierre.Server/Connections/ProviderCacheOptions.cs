namespace Pierre.Server.Connections;

/// <summary>How long each kind of provider read stays cached before the provider is asked again.</summary>
internal sealed class ProviderCacheOptions
{
    /// <summary>The athlete's profile changes rarely (weight, thresholds).</summary>
    public TimeSpan Athlete { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Short, so a newly recorded activity shows up within minutes; also the life of a window of recent activities.</summary>
    public TimeSpan Activities { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The whole history behind all-time totals and personal bests: only its old part is used (recent activities come
    /// from a fresh window), and old activities change only when the athlete edits or deletes one.
    /// </summary>
    public TimeSpan History { get; set; } = TimeSpan.FromHours(24);

    /// <summary>One activity looked up by id: its figures change only when the athlete edits it (name, type, exertion).</summary>
    public TimeSpan Activity { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Last night's sleep: a wearable syncs it once the athlete wakes, so an hour is fresh enough.</summary>
    public TimeSpan Sleep { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A recorded activity's samples never change.</summary>
    public TimeSpan Streams { get; set; } = TimeSpan.FromHours(24);
}
