using Pierre.Fitness.Model;
using Pierre.Providers;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>A second installed provider with a few fixed activities, to show that nothing in the server assumes one.</summary>
public sealed class FakeFitnessProvider : IFitnessProvider
{
    public const string ProviderName = "trailmark";

    public static readonly IReadOnlyList<Activity> History =
    [
        new("tm-3", "Hill repeats", Sport.Run, new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero), 3600, 11_000, 240, 152),
        new("tm-2", "Commute", Sport.Ride, new DateTimeOffset(2026, 11, 18, 8, 0, 0, TimeSpan.Zero), 1800, 12_500, 60, 128, 170),
        new("tm-1", "Pool", Sport.Swim, new DateTimeOffset(2026, 11, 16, 19, 0, 0, TimeSpan.Zero), 2400, 2000),
    ];

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.HeartRate;

    public ConnectMode ConnectMode => ConnectMode.Immediate;

    public bool IsConfigured => true;

    public Task<Athlete> GetAthleteAsync(ProviderAccount account, CancellationToken cancellationToken) =>
        Task.FromResult(new Athlete("tm-athlete", "Tess", "Marsh", Sex.Female, 34, 58, 48, 186, null, null));

    public Task<IReadOnlyList<Activity>> GetActivitiesAsync(ProviderAccount account, ActivityQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<Activity> page = [.. History
            .Where(a => query.After is not { } after || a.StartTime > after)
            .Where(a => query.Before is not { } before || a.StartTime < before)
            .Skip((query.Page - 1) * query.PerPage)
            .Take(query.PerPage)];
        return Task.FromResult(page);
    }

    public Task<Activity?> GetActivityAsync(ProviderAccount account, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(History.FirstOrDefault(a => a.Id == activityId));

    public Task<ActivityStreams?> GetStreamsAsync(ProviderAccount account, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<ActivityStreams?>(null);
}
