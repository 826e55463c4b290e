using System.Diagnostics;
using System.Net.Sockets;

namespace Pierre.LoadDriver;

/// <summary>One request on one connection: null when the answer was the expected one, else what was wrong.</summary>
internal delegate Task<string?> SendOnce();

/// <summary>
/// Closed-loop load: each of C workers sends its next request as soon as the previous one is answered. Requests that
/// start during the warm-up are not recorded; the measured window closes for new requests at its end, and the rate is
/// the recorded requests over the time from the window's start to the last recorded answer.
/// </summary>
internal static class LoadRunner
{
    /// <param name="serverCpu">the serving process's CPU time, read when the window opens and after the last answer (the driver's own is read with it)</param>
    public static async Task<LatencySummary> RunAsync(string name, IReadOnlyList<SendOnce> workers, TimeSpan warmUp, TimeSpan duration, Func<TimeSpan> serverCpu)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var end = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var cpuAtStart = Task.Delay(warmUp).ContinueWith(_ => (Server: serverCpu(), Driver: DriverCpu()), TaskScheduler.Default);
        var results = await Task.WhenAll(workers.Select(w => Task.Run(() => LoopAsync(w, measureFrom, end))));
        var (server, driver) = (serverCpu(), DriverCpu());
        var atStart = await cpuAtStart;
        var latencies = new List<double>(results.Sum(r => r.LatenciesMs.Count));
        foreach (var r in results)
        {
            latencies.AddRange(r.LatenciesMs);
        }

        var lastDone = results.Max(r => r.LastDone);
        var seconds = lastDone > measureFrom ? (lastDone - measureFrom) / (double)Stopwatch.Frequency : 0;
        return LatencySummary.Of(name, latencies, seconds, server - atStart.Server, driver - atStart.Driver, results.Sum(r => r.Errors), results.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    private static TimeSpan DriverCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static async Task<WorkerResult> LoopAsync(SendOnce send, long measureFrom, long end)
    {
        var result = new WorkerResult();
        long started;
        while ((started = Stopwatch.GetTimestamp()) < end)
        {
            string? error;
            try
            {
                error = await send();
            }
            catch (Exception e) when (e is HttpRequestException or IOException or SocketException or InvalidOperationException or TaskCanceledException)
            {
                error = $"{e.GetType().Name}: {e.Message}";
            }

            var done = Stopwatch.GetTimestamp();
            if (error is not null)
            {
                result.Errors++;
                result.FirstError ??= error;
            }

            if (started >= measureFrom)
            {
                result.LatenciesMs.Add((done - started) * 1000.0 / Stopwatch.Frequency);
                result.LastDone = done;
            }
        }

        return result;
    }

    private sealed class WorkerResult
    {
        public List<double> LatenciesMs { get; } = new(capacity: 1 << 14);
        public long Errors { get; set; }
        public string? FirstError { get; set; }
        public long LastDone { get; set; }
    }
}
