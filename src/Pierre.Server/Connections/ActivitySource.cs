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

    public ActivityStreams? Streams(string provider, Guid userId, string activityId) => provider switch
    {
        ProviderNames.Synthetic => SyntheticAthlete.Streams(userId, activityId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unsupported provider"),
    };

    public static Athlete Athlete(string provider, Guid userId) => provider switch
    {
        ProviderNames.Synthetic => SyntheticAthlete.Profile(userId),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unsupported provider"),
    };
}
