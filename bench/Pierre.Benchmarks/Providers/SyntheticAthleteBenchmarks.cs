using BenchmarkDotNet.Attributes;
using Pierre.Fitness.Model;
using Pierre.Providers.Synthetic;

namespace Pierre.Benchmarks.Providers;

/// <summary>Cost of the synthetic provider, which every get_activities/get_stats call regenerates (no cache yet).</summary>
[MemoryDiagnoser]
public class SyntheticAthleteBenchmarks
{
    private readonly Guid _user = Guid.Parse("0190f6a1-0000-7000-8000-00000000000a");
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);
    private string _longRideId = string.Empty;

    [GlobalSetup]
    public void Setup() => _longRideId = SyntheticAthlete.Activities(_user, Now).First(a => a.Sport == Sport.Ride && a.Name == "Long ride").Id;

    [Benchmark]
    public int TwoYearsOfActivities() => SyntheticAthlete.Activities(_user, Now).Count;

    [Benchmark]
    public int LongRideStreams() => SyntheticAthlete.Streams(_user, _longRideId, Now)!.TimeSeconds.Length;
}
