using Pierre.Fitness.Model;

namespace Pierre.Providers.Synthetic;

/// <summary>The <see cref="SyntheticAthlete"/> as a provider: every user gets their own demo athlete, up to the clock's now.</summary>
public sealed class SyntheticProvider(TimeProvider clock) : IFitnessProvider
{
    public string Name => SyntheticAthlete.ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.Streams | ProviderCapabilities.HeartRate | ProviderCapabilities.Power;

    public ConnectMode ConnectMode => ConnectMode.Immediate;

    public bool IsConfigured => true;

    public Task<Athlete> GetAthleteAsync(ProviderAccount account, CancellationToken cancellationToken) =>
        Task.FromResult(SyntheticAthlete.Profile(account.UserId));

    public Task<IReadOnlyList<Activity>> GetActivitiesAsync(ProviderAccount account, ActivityQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<Activity> page = [.. History(account)
            .Where(a => query.After is not { } after || a.StartTime > after)
            .Where(a => query.Before is not { } before || a.StartTime < before)
            .Skip((query.Page - 1) * query.PerPage)
            .Take(query.PerPage)];
        return Task.FromResult(page);
    }

    public Task<Activity?> GetActivityAsync(ProviderAccount account, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(History(account).FirstOrDefault(a => a.Id == activityId));

    public Task<ActivityStreams?> GetStreamsAsync(ProviderAccount account, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<ActivityStreams?>(SyntheticAthlete.Streams(account.UserId, activity));

    private IReadOnlyList<Activity> History(ProviderAccount account) => SyntheticAthlete.Activities(account.UserId, clock.GetUtcNow());
}
