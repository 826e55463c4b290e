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
    private int _pageReads;
    private int _activityReads;
    private int _streamReads;
    private int _athleteReads;

    public static readonly IReadOnlyList<Activity> History =
    [
        new("tm-3", "Hill repeats", Sport.Run, new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero), 3600, 11_000, 240, 152),
        new("tm-2", "Commute", Sport.Ride, new DateTimeOffset(2026, 11, 18, 8, 0, 0, TimeSpan.Zero), 1800, 12_500, 60, 128, 170),
        new("tm-1", "Pool", Sport.Swim, new DateTimeOffset(2026, 11, 16, 19, 0, 0, TimeSpan.Zero), 2400, 2000),
    ];

    /// <summary>What the provider serves; <see cref="History"/> unless a test gives its own, newest first.</summary>
    public IReadOnlyList<Activity> Activities { get; set; } = History;

    /// <summary>The streams served for an activity; none unless a test says (see <see cref="SteadyStreams"/>).</summary>
    public Func<Activity, ActivityStreams?> Streams { get; init; } = _ => null;

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.HeartRate;

    public ConnectMode ConnectMode => ConnectMode.Immediate;

    public bool IsConfigured => true;

    /// <summary>How many times a history read started (its first page was asked for).</summary>
    public int HistoryReads => Volatile.Read(ref _historyReads);

    /// <summary>How many pages of activities were asked for, over every read.</summary>
    public int PageReads => Volatile.Read(ref _pageReads);

    public int ActivityReads => Volatile.Read(ref _activityReads);

    public int StreamReads => Volatile.Read(ref _streamReads);

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

        Interlocked.Increment(ref _pageReads);
        await Gate.WaitAsync(cancellationToken);
        return [.. Activities
            .Where(a => query.After is not { } after || a.StartTime > after)
            .Where(a => query.Before is not { } before || a.StartTime < before)
            .Skip((query.Page - 1) * query.PerPage)
            .Take(query.PerPage)];
    }

    public Task<Activity?> GetActivityAsync(ProviderAccount account, string activityId, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        Interlocked.Increment(ref _activityReads);
        return Task.FromResult(Activities.FirstOrDefault(a => a.Id == activityId));
    }

    public Task<ActivityStreams?> GetStreamsAsync(ProviderAccount account, Activity activity, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        Interlocked.Increment(ref _streamReads);
        return Task.FromResult(Streams(activity));
    }

    /// <summary>One sample a second at the activity's average speed, heart rate and power, for as long as it lasted.</summary>
    public static ActivityStreams SteadyStreams(Activity activity)
    {
        var seconds = (int)activity.DurationSeconds;
        var speed = activity.DistanceMeters / activity.DurationSeconds;
        return new ActivityStreams(
            activity.Id,
            [.. Enumerable.Range(0, seconds)],
            [.. Enumerable.Range(0, seconds).Select(t => t * speed)],
            [.. Enumerable.Repeat(speed, seconds)],
            new double[seconds],
            activity.AverageHeartRate is { } bpm ? [.. Enumerable.Repeat(bpm, seconds)] : null,
            activity.AveragePowerWatts is { } watts ? [.. Enumerable.Repeat(watts, seconds)] : null);
    }

    private void ThrowIfFailing()
    {
        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
