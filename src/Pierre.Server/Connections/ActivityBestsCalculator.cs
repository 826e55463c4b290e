using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Providers;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Connections;

/// <summary>Derives the figures of <see cref="ActivityBests"/> from an activity's streams with the Pierre.Fitness functions.</summary>
internal static class ActivityBestsCalculator
{
    public static ActivityBests From(string provider, ProviderAccount account, Activity activity, ActivityStreams? streams, DateTime computedAt)
    {
        var power = streams?.PowerWatts;
        var heart = streams?.HeartRate;
        return new ActivityBests
        {
            Id = Guid.CreateVersion7(),
            TenantId = account.TenantId,
            UserId = account.UserId,
            Provider = provider,
            ActivityId = activity.Id,
            Sport = activity.Sport,
            StartTime = activity.StartTime.UtcDateTime,
            RecordedSeconds = streams?.TimeSeconds.Length ?? 0,
            Power5SecondsWatts = MeanMaximal(power, 5),
            Power1MinuteWatts = MeanMaximal(power, 60),
            Power5MinutesWatts = MeanMaximal(power, 300),
            Power20MinutesWatts = MeanMaximal(power, 1200),
            Power60MinutesWatts = MeanMaximal(power, 3600),
            HeartRate20MinutesBpm = MeanMaximal(heart, 1200),
            HeartRate60MinutesBpm = MeanMaximal(heart, 3600),
            Fastest400MetersSeconds = Fastest(streams, 400),
            Fastest1KilometerSeconds = Fastest(streams, 1000),
            Fastest5KilometersSeconds = Fastest(streams, 5000),
            Fastest10KilometersSeconds = Fastest(streams, 10_000),
            FastestHalfMarathonSeconds = Fastest(streams, FastestDistances.HalfMarathonMeters),
            ComputedAt = computedAt,
        };
    }

    private static double? MeanMaximal(double[]? samples, int seconds) =>
        samples is null ? null : BestEfforts.MeanMaximal(samples, seconds);

    private static double? Fastest(ActivityStreams? streams, double meters) =>
        streams is null ? null : FastestDistances.FastestSeconds(streams.TimeSeconds, streams.DistanceMeters, meters);
}
