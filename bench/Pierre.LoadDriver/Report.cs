using System.Globalization;

namespace Pierre.LoadDriver;

/// <summary>The table, the ratios of Pierre's two MCP transports to the two ceilings, and A2A's to MCP's.</summary>
internal static class Report
{
    public static void Print(DriverOptions options, IReadOnlyList<LatencySummary> rows, int responseBytes, double toolCallsRssMiB, double serverRssMiB)
    {
        var database = options.PostgresUrl is null ? "SQLite" : "PostgreSQL";
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        Console.WriteLine(Invariant($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC · {database} · {options.Connections} connections · {options.ServerWarmUp.TotalSeconds} s server warm-up · {options.WarmUp.TotalSeconds} s warm-up + {options.Duration.TotalSeconds} s per scenario · {Environment.ProcessorCount} cores (driver, server and ceiling share them) · load average {load} · get_activities answer {responseBytes:N0} bytes · {options.Keys} key(s) · server LOG_LEVEL {options.LogLevel}{(options.Built is null ? "" : $" · {options.Built} build, not comparable")}"));
        Console.WriteLine();
        Console.WriteLine("| scenario | req/s | p50 ms | p95 ms | p99 ms | server CPU ms/req | driver CPU ms/req | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            Console.WriteLine(Invariant($"| {r.Name} | {r.RequestsPerSecond:N0} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.P99Ms:F1} | {r.ServerCpuMsPerRequest:F3} | {r.DriverCpuMsPerRequest:F3} | {r.Errors} |"));
        }

        Console.WriteLine();
        var (a, b, d, e, f) = (rows[0], rows[1], rows[3], rows[4], rows[5]);
        Console.WriteLine(Invariant($"(a)/(d) {Ratio(a, d)}  (a)/(e) {Ratio(a, e)}  (b)/(d) {Ratio(b, d)}  (b)/(e) {Ratio(b, e)}  (b)/(a) {Ratio(b, a)}  (f)/(a) {Ratio(f, a)}"));
        var scenarioSeconds = (options.WarmUp + options.Duration).TotalSeconds;
        var toolCallSeconds = (options.ServerWarmUp.TotalSeconds * 4 / 3) + (2 * scenarioSeconds);
        Console.WriteLine(Invariant(
            $"Pierre's RSS after {toolCallSeconds:F0} s of tool calls ((a), (b) and their warm-up): {toolCallsRssMiB:F0} MiB; after all {toolCallSeconds + (2 * scenarioSeconds):F0} s under load, A2A included: {serverRssMiB:F0} MiB"));
        foreach (var r in rows.Where(r => r.Errors > 0))
        {
            Console.WriteLine($"errors in {r.Name}: {r.Errors}; the first: {r.FirstError}");
            if (r.FirstError?.StartsWith("HTTP 429", StringComparison.Ordinal) == true)
            {
                Console.WriteLine("  429: the enterprise burst limit; spread the calls with --keys N, or run a server that reads PIERRE_TIER_ENTERPRISE_BURST_PER_MINUTE=0");
            }
        }
    }

    /// <summary>(a) against (e) in each round, and the medians: the figure to compare across builds.</summary>
    public static void PrintRounds(IReadOnlyList<(LatencySummary A, LatencySummary E)> rounds)
    {
        Console.WriteLine();
        Console.WriteLine("| round | (a) req/s | (e) req/s | (a)/(e) | (a) CPU ms/req | (e) CPU ms/req | driver CPU ms/req (a), (e) | errors |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < rounds.Count; i++)
        {
            var (a, e) = rounds[i];
            Console.WriteLine(Invariant($"| {i + 1} | {a.RequestsPerSecond:N0} | {e.RequestsPerSecond:N0} | {Ratio(a, e)} | {a.ServerCpuMsPerRequest:F3} | {e.ServerCpuMsPerRequest:F3} | {a.DriverCpuMsPerRequest:F3}, {e.DriverCpuMsPerRequest:F3} | {a.Errors + e.Errors} |"));
        }

        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"over {rounds.Count} round(s): median (a)/(e) {Median(rounds.Select(r => r.A.RequestsPerSecond / r.E.RequestsPerSecond)):P0}, median (a) CPU {Median(rounds.Select(r => r.A.ServerCpuMsPerRequest)):F3} ms/req, (e) {Median(rounds.Select(r => r.E.ServerCpuMsPerRequest)):F3}"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The ratio of two request rates, as a percentage.</summary>
    public static string Ratio(LatencySummary x, LatencySummary y) =>
        y.RequestsPerSecond > 0 ? Invariant($"{100 * x.RequestsPerSecond / y.RequestsPerSecond:F0}%") : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
