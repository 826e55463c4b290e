using BenchmarkDotNet.Attributes;
using Pierre.Fitness.Load;

namespace Pierre.Benchmarks.Fitness;

/// <summary>Normalized Graded Speed and rTSS over a 6-hour 1 Hz run on rolling hills (speed, altitude, distance).</summary>
[MemoryDiagnoser]
public class RunningBenchmarks
{
    private double[] _speed = [];
    private double[] _altitude = [];
    private double[] _distance = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var seconds = 6 * 3600;
        _speed = [.. Enumerable.Range(0, seconds).Select(_ => 2.5 + (random.NextDouble() * 1.5))];
        _distance = new double[seconds];
        for (var t = 1; t < seconds; t++)
        {
            _distance[t] = _distance[t - 1] + _speed[t];
        }

        _altitude = [.. _distance.Select(d => 300 + (50 * Math.Sin(d / 500)) + (random.NextDouble() * 0.5))];
    }

    [Benchmark]
    public double? NormalizedGradedSpeedAndRtssSixHours() =>
        RunningStress.NormalizedGradedSpeedMetersPerSecond(_speed, _altitude, _distance) is { } ngs
            ? RunningStress.TrainingStressScore(_speed.Length, ngs, 250)
            : null;
}
