using Pierre.Server.Tests.Infrastructure.FakeFitbit;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Mcp.RealProviders;

/// <summary>
/// Four months of plausible training for the fakes, dated back from the server's clock: runs and rides with heart rate
/// (rides with power), every third day or so, and per-second streams for the newest few.
/// </summary>
internal static class RealProviderHistory
{
    public const int Days = 120;
    public const int Sessions = 44;
    public const int WithStreams = 6;

    /// <summary>Ids start at 7001 for the newest and count up into the past; even ones are runs, odd ones rides.</summary>
    public static void SeedStrava(FakeStravaServer strava, DateTimeOffset now)
    {
        for (var i = 0; i < Sessions; i++)
        {
            var run = i % 2 == 0;
            var start = Start(now, i);
            var seconds = run ? 2_400 + (i % 5 * 300) : 4_200 + (i % 4 * 600);
            var speed = run ? 3.2 + (i % 7 * 0.05) : 8.0 + (i % 6 * 0.2);
            var heartRate = (run ? 148.0 : 136.0) + (i % 5);
            double? watts = run ? null : 185 + (i % 6 * 8);
            strava.Activities.Add(new FakeStravaActivity
            {
                Id = 7001 + i, Name = run ? "Morning Run" : "Endurance Ride", Type = run ? "Run" : "Ride", SportType = run ? "Run" : "Ride",
                StartDate = start, Distance = Math.Round(speed * seconds), MovingTime = seconds, ElapsedTime = seconds + 120,
                TotalElevationGain = run ? 60 + (i % 4 * 20) : 300 + (i % 5 * 50), AverageHeartrate = heartRate, MaxHeartrate = heartRate + 25,
                AverageWatts = watts, WeightedAverageWatts = watts + 12, DeviceWatts = run ? null : true, Kilojoules = watts * seconds / 1000,
                Streams = i < WithStreams ? Streams(seconds, speed, heartRate, watts) : null,
            });
        }
    }

    /// <summary>The same pattern as Fitbit logs (local time, the profile's +01:00) with intraday heart rate for the newest few, and last night's sleep.</summary>
    public static void SeedFitbit(FakeFitbitUser user, DateTimeOffset now)
    {
        var offset = TimeSpan.FromHours(1);
        for (var i = 0; i < Sessions; i++)
        {
            var run = i % 2 == 0;
            var start = Start(now, i).ToOffset(offset);
            var seconds = run ? 2_400 + (i % 5 * 300) : 4_200 + (i % 4 * 600);
            var speed = run ? 3.2 + (i % 7 * 0.05) : 8.0 + (i % 6 * 0.2);
            var heartRate = (run ? 148 : 136) + (i % 5);
            var active = TimeSpan.FromSeconds(seconds);
            var samples = i < WithStreams ? Enumerable.Range(0, seconds / 5).Select(s => (s * 5, heartRate - 10 + (s * 5 * 20 / seconds))) : null;
            user.AddActivity(
                new FakeFitbitActivity(9001 + i, run ? "Run" : "Outdoor Bike", start, active, active + TimeSpan.FromMinutes(2),
                    Math.Round(speed * seconds / 1000, 2), "Kilometer", heartRate, run ? 600 : 900, run ? 70 : 350),
                samples);
        }

        // Last night ended with the newest 06:40 wake-up that has already happened: before 06:40 local time (from
        // 23:00 UTC on the day before), that is the previous local day's, or the night would end in the future.
        var local = now.ToOffset(offset);
        var wakeTime = new TimeOnly(6, 40);
        var today = DateOnly.FromDateTime(local.DateTime).AddDays(TimeOnly.FromDateTime(local.DateTime) < wakeTime ? -1 : 0);
        var wake = today.ToDateTime(wakeTime);
        user.AddSleep(new FakeFitbitSleep(today, wake.AddMinutes(-480), wake, 440, 480, Stages: new FakeFitbitStages(Deep: 80, Light: 250, Rem: 110, Wake: 40)));
        user.AddSleep(new FakeFitbitSleep(today.AddDays(-1), wake.AddDays(-1).AddMinutes(-420), wake.AddDays(-1), 380, 420));
    }

    /// <summary>Session i (0 the newest): about every 2.7 days back from yesterday, at 06:30 UTC.</summary>
    private static DateTimeOffset Start(DateTimeOffset now, int i)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1 - (int)Math.Round(i * (Days - 2) / (double)Sessions));
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero);
    }

    private static Dictionary<string, double?[]> Streams(int seconds, double speed, double heartRate, double? watts)
    {
        var time = Enumerable.Range(0, seconds).Select(t => (double?)t).ToArray();
        var velocity = time.Select(t => (double?)(speed * (1 + (0.05 * Math.Sin(t!.Value / 60))))).ToArray();
        var distance = new double?[seconds];
        distance[0] = 0;
        for (var t = 1; t < seconds; t++)
        {
            distance[t] = distance[t - 1]!.Value + velocity[t]!.Value;
        }

        var streams = new Dictionary<string, double?[]>
        {
            ["time"] = time,
            ["distance"] = distance,
            ["velocity_smooth"] = velocity,
            ["altitude"] = [.. time.Select(t => (double?)(100 + (10 * Math.Sin(t!.Value / 300))))],
            ["heartrate"] = [.. time.Select(t => (double?)Math.Round(heartRate - 8 + (16 * t!.Value / seconds)))],
        };
        if (watts is { } w)
        {
            streams["watts"] = [.. time.Select(t => (double?)Math.Round(w * (1 + (0.15 * Math.Sin(t!.Value / 45)))))];
        }

        return streams;
    }
}
