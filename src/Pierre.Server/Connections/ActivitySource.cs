using Pierre.Fitness.Model;
using Pierre.Providers.Synthetic;

namespace Pierre.Server.Connections;

/// <summary>Reads a connected provider's data as the Pierre.Fitness model.</summary>
internal sealed class ActivitySource(TimeProvider clock)
{
    public IReadOnlyList<Activity> Activities(string provider, Guid userId) => provider switch
    {
        ProviderNames.Synthetic => SyntheticAthlete.Activities(userId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unsupported provider"),
    };

    /// <summary>The streams of an activity already read from <see cref="Activities"/>.</summary>
    public static ActivityStreams Streams(string provider, Guid userId, Activity activity) => provider switch
    {
        ProviderNames.Synthetic => SyntheticAthlete.Streams(userId, activity),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unsupported provider"),
    };

    public static Athlete Athlete(string provider, Guid userId) => provider switch
    {
        ProviderNames.Synthetic => SyntheticAthlete.Profile(userId),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unsupported provider"),
    };
}
