namespace Pierre.LoadDriver;

/// <summary>Throughput and exact latency percentiles of one scenario: every latency is recorded and sorted.</summary>
internal sealed record LatencySummary(
    string Name, long Requests, double Seconds, double P50Ms, double P95Ms, double P99Ms, TimeSpan ServerCpu, TimeSpan DriverCpu, long Errors, string? FirstError)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    /// <summary>The serving process's CPU time per request: less sensitive than req/s to other work on the machine.</summary>
    public double ServerCpuMsPerRequest => Requests > 0 ? ServerCpu.TotalMilliseconds / Requests : double.NaN;

    /// <summary>
    /// The driver's own CPU time per request. It shares the cores with the server, so what a client spends on each
    /// answer (Pierre's extra headers included) lowers the rate as the server's own time does.
    /// </summary>
    public double DriverCpuMsPerRequest => Requests > 0 ? DriverCpu.TotalMilliseconds / Requests : double.NaN;

    public static LatencySummary Of(
        string name, List<double> latenciesMs, double seconds, TimeSpan serverCpu, TimeSpan driverCpu, long errors, string? firstError)
    {
        latenciesMs.Sort();
        return new(name, latenciesMs.Count, seconds, Percentile(latenciesMs, 50), Percentile(latenciesMs, 95),
            Percentile(latenciesMs, 99), serverCpu, driverCpu, errors, firstError);
    }

    /// <summary>Nearest rank: the smallest value with at least p% of the sorted values at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
