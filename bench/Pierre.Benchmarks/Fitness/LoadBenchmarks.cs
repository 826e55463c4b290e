using BenchmarkDotNet.Attributes;
using Pierre.Fitness.Load;

namespace Pierre.Benchmarks.Fitness;

/// <summary>Issue 5's targets: training load over 10 years of daily sessions, and NP/TSS over a 6-hour 1 Hz stream.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private readonly DateOnly _start = new(2016, 1, 1);
    private (DateOnly, double)[] _tenYears = [];
    private double[] _sixHours = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _tenYears = [.. Enumerable.Range(0, 3653).Select(i => (_start.AddDays(i), 40 + (random.NextDouble() * 80)))];
        _sixHours = [.. Enumerable.Range(0, 6 * 3600).Select(_ => 150 + (random.NextDouble() * 150))];
    }

    [Benchmark]
    public double TrainingLoadTenYears() => TrainingLoad.Series(_tenYears, _start, _start.AddDays(3652))[^1].Fitness;

    [Benchmark]
    public double? NormalizedPowerAndTssSixHours() =>
        PowerStress.NormalizedPowerWatts(_sixHours) is { } np ? PowerStress.TrainingStressScore(_sixHours.Length, np, 250) : null;
}
