using BenchmarkDotNet.Attributes;
using Pierre.Fitness.Performance;

namespace Pierre.Benchmarks.Fitness;

/// <summary>Best 20-minute power and the 5 s–60 min mean-maximal curve over a 6-hour 1 Hz power stream.</summary>
[MemoryDiagnoser]
public class BestEffortBenchmarks
{
    private double[] _sixHours = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _sixHours = [.. Enumerable.Range(0, 6 * 3600).Select(_ => 150 + (random.NextDouble() * 150))];
    }

    [Benchmark]
    public double? BestTwentyMinutePowerSixHours() => BestEfforts.MeanMaximal(_sixHours, 1200);

    [Benchmark]
    public int? MeanMaximalCurveSixHours() => BestEfforts.Curve(_sixHours)?.Count;
}
