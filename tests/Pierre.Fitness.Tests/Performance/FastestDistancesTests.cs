using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Tests.Performance;

public sealed class FastestDistancesTests
{
    private static (int[] Time, double[] Distance) Steady(int seconds, double metersPerSecond) =>
        ([.. Enumerable.Range(0, seconds + 1)], [.. Enumerable.Range(0, seconds + 1).Select(t => t * metersPerSecond)]);

    [Theory]
    [InlineData(400, 4, 100)]
    [InlineData(1000, 4, 250)]
    [InlineData(5000, 4, 1250)]
    [InlineData(1000, 3, 333.333333)]     // the crossing falls between samples: 1000 / 3 s
    [InlineData(21_097.5, 5, 4219.5)]
    public void FastestSeconds_SteadyPace_IsDistanceOverSpeed(double meters, double speed, double expected)
    {
        var (time, distance) = Steady(5000, speed);

        Assert.Equal(expected, FastestDistances.FastestSeconds(time, distance, meters)!.Value, 1e-6);
    }

    [Fact]
    public void FastestSeconds_FindsTheFastKilometreInsideASlowRun()
    {
        // 1 km at 2.5 m/s (400 s), 1 km at 5 m/s (200 s), 1 km at 2.5 m/s: the best 1 km is the fast one, 200 s; any 2 km
        // holds 1 km of slow running: 200 + 400 = 600 s.
        var speeds = Enumerable.Repeat(2.5, 400).Concat(Enumerable.Repeat(5.0, 200)).Concat(Enumerable.Repeat(2.5, 400)).ToArray();
        int[] time = [.. Enumerable.Range(0, speeds.Length + 1)];
        double[] distance = [0, .. speeds.Select((_, i) => speeds.Take(i + 1).Sum())];

        Assert.Equal(200, FastestDistances.FastestSeconds(time, distance, 1000)!.Value, 1e-9);
        Assert.Equal(600, FastestDistances.FastestSeconds(time, distance, 2000)!.Value, 1e-9);
    }

    [Fact]
    public void FastestSeconds_BridgesGapsAndSkipsBadSamples()
    {
        int[] time = [0, 100, 100, 150, 200, 300];
        double[] distance = [0, 500, 900, double.NaN, 400, 1000];

        Assert.Equal(300, FastestDistances.FastestSeconds(time, distance, 1000)!.Value, 1e-9);
    }

    [Theory]
    [InlineData(1000.5)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void FastestSeconds_LongerThanTheRecordingOrNotPositive_IsNull(double meters)
    {
        var (time, distance) = Steady(250, 4);

        Assert.Null(FastestDistances.FastestSeconds(time, distance, meters));
    }

    [Fact]
    public void FastestSeconds_EmptyRecording_IsNull() =>
        Assert.Null(FastestDistances.FastestSeconds([], [], 400));

    [Fact]
    public void FastestSeconds_Invariants_HoldOnARandomRun()
    {
        // A longer distance never takes less time, and no stretch is covered faster than the mean of the fastest second.
        var random = new Random(11);
        var speeds = Enumerable.Range(0, 4000).Select(_ => 2 + (random.NextDouble() * 3)).ToArray();
        int[] time = [.. Enumerable.Range(0, speeds.Length + 1)];
        var distance = new double[speeds.Length + 1];
        for (var i = 0; i < speeds.Length; i++)
        {
            distance[i + 1] = distance[i] + speeds[i];
        }

        var times = FastestDistances.StandardDistancesMeters.Take(4).Select(d => FastestDistances.FastestSeconds(time, distance, d)!.Value).ToList();

        Assert.True(times.Zip(times.Skip(1)).All(pair => pair.Second >= pair.First));
        Assert.All(FastestDistances.StandardDistancesMeters.Take(4).Zip(times), pair => Assert.True(pair.Second >= (pair.First / speeds.Max()) - 1e-9));
        Assert.Equal(speeds.Length, FastestDistances.FastestSeconds(time, distance, distance[^1])!.Value, 1e-6);
    }
}
