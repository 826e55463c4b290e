using Pierre.Fitness.Model;
using Pierre.Providers;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// A second installed provider with a few fixed activities, to show that nothing in the server assumes one. It counts
/// the reads that reach it, so tests can see what the cache in front of it saved.
/// </summary>
public sealed class FakeFitnessProvider : IFitnessProvider
{
    public const string ProviderName = "trailmark";

    private int _historyReads;
    private int _athleteReads;

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

    /// <summary>How many times a history read started (its first page was asked for).</summary>
    public int HistoryReads => Volatile.Read(ref _historyReads);

    public int AthleteReads => Volatile.Read(ref _athleteReads);

    /// <summary>Every activity page waits for this; a test holds it to keep a read in flight.</summary>
    public Task Gate { get; set; } = Task.CompletedTask;

    /// <summary>While set, every read throws it, as a real provider does when it is down, rate-limited or no longer authorised.</summary>
    public ProviderException? Failure { get; set; }

    /// <summary>The athlete's id names the account, so a test can tell whose data it was given.</summary>
    public Task<Athlete> GetAthleteAsync(ProviderAccount account, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        Interlocked.Increment(ref _athleteReads);
        return Task.FromResult(new Athlete($"tm-{account.TenantId:N}-{account.UserId:N}", "Tess", "Marsh", Sex.Female, 34, 58, 48, 186, null, null));
    }

    public async Task<IReadOnlyList<Activity>> GetActivitiesAsync(ProviderAccount account, ActivityQuery query, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        if (query.Page == 1)
        {
            Interlocked.Increment(ref _historyReads);
        }

        await Gate.WaitAsync(cancellationToken);
        return [.. History
            .Where(a => query.After is not { } after || a.StartTime > after)
            .Where(a => query.Before is not { } before || a.StartTime < before)
            .Skip((query.Page - 1) * query.PerPage)
            .Take(query.PerPage)];
    }

    public Task<Activity?> GetActivityAsync(ProviderAccount account, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(History.FirstOrDefault(a => a.Id == activityId));

    public Task<ActivityStreams?> GetStreamsAsync(ProviderAccount account, Activity activity, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        return Task.FromResult<ActivityStreams?>(null);
    }

    private void ThrowIfFailing()
    {
        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
