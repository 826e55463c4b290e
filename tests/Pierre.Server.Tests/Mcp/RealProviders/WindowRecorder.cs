using System.Collections.Concurrent;
using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp.RealProviders;

/// <summary>
/// A provider with two years of runs and rides (one every 12 hours, eight pages) that records where each activity read
/// started: the <see cref="ActivityQuery.After"/> of every first page (null for the whole history) and the lookups by id.
/// </summary>
internal sealed class WindowRecorder(DateTimeOffset now) : IFitnessProvider
{
    public const string ProviderName = "windowed";

    private readonly ConcurrentQueue<DateTimeOffset?> _reads = new();
    private int _activityReads;

    public IReadOnlyList<Activity> Activities { get; } =
    [
        .. Enumerable.Range(0, 1460).Select(i => i % 2 == 0
            ? new Activity($"wr-{i}", "Run", Sport.Run, now.AddHours(-3 - (12 * i)), 2700 + (i % 7 * 120), 9000 + (i % 9 * 250), 60, 148 + (i % 5))
            : new Activity($"wr-{i}", "Ride", Sport.Ride, now.AddHours(-3 - (12 * i)), 4200 + (i % 5 * 300), 36000 + (i % 7 * 900), 300, 136 + (i % 5), 190 + (i % 6 * 6))),
    ];

    /// <summary>Where each read of the activity list started: null for the whole history, else the day it read from.</summary>
    public IReadOnlyList<DateTimeOffset?> ListReads => [.. _reads];

    public int ActivityReads => Volatile.Read(ref _activityReads);

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.HeartRate | ProviderCapabilities.Power | ProviderCapabilities.Streams;

    public ConnectMode ConnectMode => ConnectMode.Immediate;

    public bool IsConfigured => true;

    public Task<Athlete> GetAthleteAsync(ProviderAccount account, CancellationToken cancellationToken) =>
        Task.FromResult(new Athlete("wr-athlete", "Wren", "Rowe", Sex.Female, 35, 60, 50, 185, 240, 300));

    public Task<IReadOnlyList<Activity>> GetActivitiesAsync(ProviderAccount account, ActivityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page == 1)
        {
            _reads.Enqueue(query.After);
        }

        IReadOnlyList<Activity> page = [.. Activities
            .Where(a => query.After is not { } after || a.StartTime > after)
            .Where(a => query.Before is not { } before || a.StartTime < before)
            .Skip((query.Page - 1) * query.PerPage)
            .Take(query.PerPage)];
        return Task.FromResult(page);
    }

    public Task<Activity?> GetActivityAsync(ProviderAccount account, string activityId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _activityReads);
        return Task.FromResult(Activities.FirstOrDefault(a => a.Id == activityId));
    }

    public Task<ActivityStreams?> GetStreamsAsync(ProviderAccount account, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<ActivityStreams?>(FakeFitnessProvider.SteadyStreams(activity));
}
