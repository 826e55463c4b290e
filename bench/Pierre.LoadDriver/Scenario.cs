namespace Pierre.LoadDriver;

/// <summary>Sets up the connections of one scenario, runs it, and closes them.</summary>
internal static class Scenario
{
    public static async Task<LatencySummary> HttpAsync(string name, DriverOptions options, ChildProcess server, Func<HttpClient, int, SendOnce> worker)
    {
        Console.Error.WriteLine($"load driver: {name}");
        using var client = HttpWorkers.Client(options.Connections);
        var workers = Enumerable.Range(0, options.Connections).Select(i => worker(client, i)).ToList();
        return await LoadRunner.RunAsync(name, workers, options.WarmUp, options.Duration, server.CpuTime);
    }

    public static async Task<LatencySummary> TcpAsync(string name, DriverOptions options, ChildProcess server, int port, IReadOnlyList<string> keys, ExpectedActivities expected)
    {
        Console.Error.WriteLine($"load driver: {name}");
        var connections = await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(i => TcpWorker.ConnectAsync(port, keys[i % keys.Count], expected)));
        try
        {
            return await LoadRunner.RunAsync(name, connections.Select(c => (SendOnce)c.SendAsync).ToList(), options.WarmUp, options.Duration, server.CpuTime);
        }
        finally
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }
}
