using Pierre.Fitness.Model;

namespace Pierre.Providers;

/// <summary>One source of fitness data (synthetic, Strava, Fitbit, files), read as the Pierre.Fitness model.</summary>
public interface IFitnessProvider
{
    /// <summary>The lower-case name users and tools call the provider by.</summary>
    string Name { get; }

    ProviderCapabilities Capabilities { get; }

    ConnectMode ConnectMode { get; }

    /// <summary>False when the server lacks what the provider needs (such as an OAuth client) to be connected.</summary>
    bool IsConfigured { get; }

    Task<Athlete> GetAthleteAsync(ProviderAccount account, CancellationToken cancellationToken);

    /// <summary>One page of the activities in the query's window, newest first.</summary>
    Task<IReadOnlyList<Activity>> GetActivitiesAsync(ProviderAccount account, ActivityQuery query, CancellationToken cancellationToken);

    /// <summary>The activity with this id, or null when the account has none.</summary>
    Task<Activity?> GetActivityAsync(ProviderAccount account, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// The recorded streams of an activity this provider returned for the account, or null when it recorded none. The
    /// whole activity is passed, not only its id: some sources find streams by time window (Fitbit's intraday heart
    /// rate), and the synthetic athlete derives them from the activity without regenerating the history.
    /// </summary>
    Task<ActivityStreams?> GetStreamsAsync(ProviderAccount account, Activity activity, CancellationToken cancellationToken);
}
