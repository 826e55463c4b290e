using System.Net.Sockets;
using System.Text.Json;
using Pierre.LoadDriver;

// Publishes Pierre and the ceiling app (Release), prepares Pierre through its real first-run path, then measures six
// scenarios one after the other at C concurrent connections and prints req/s, p50/p95/p99 and errors. Exit 0 with
// no error anywhere, 1 otherwise, 2 on a bad command line. See bench/README.md, "Load driver".
DriverOptions options;
try
{
    options = DriverOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync($"load driver: {e.Message}\n{DriverOptions.Usage}");
    return 2;
}

var scratch = Directory.CreateTempSubdirectory("pierre-load-").FullName;
try
{
    var (app, ceilingApp) = await Publish.BothAsync(options.RepoRoot, scratch, options.Built);
    using var setupClient = HttpWorkers.Client(4);
    await using var pierre = await PierreUnderTest.StartAsync(app, scratch, options, setupClient);
    var (body, result) = await pierre.WarmAsync(setupClient, calls: 20);
    var expected = ExpectedActivities.From(result);
    await using var ceiling = await Ceiling.StartAsync(ceilingApp, scratch, body, result, setupClient);
    var keys = pierre.ApiKeys;

    Log($"measuring: {options.Connections} connections, {options.ServerWarmUp.TotalSeconds} s server warm-up, then {options.WarmUp.TotalSeconds} s warm-up + {options.Duration.TotalSeconds} s per scenario");
    SendOnce McpCall(HttpClient client, int i) => HttpWorkers.ToolCall(client, pierre.McpUrl, keys[i % keys.Count], expected);
    SendOnce SdkCall(HttpClient client, int i) => HttpWorkers.ToolCall(client, ceiling.McpUrl, null, expected);
    if (options.ServerWarmUp > TimeSpan.Zero)
    {
        // Both servers run their MCP path until the JIT has settled; nothing of this is measured.
        var warm = options with { WarmUp = options.ServerWarmUp, Duration = TimeSpan.FromSeconds(1) };
        await WarmUpAsync(await Scenario.HttpAsync("warm-up: Pierre /mcp", warm, pierre.Process, McpCall));
        await WarmUpAsync(await Scenario.TcpAsync("warm-up: Pierre TCP", warm with { WarmUp = options.ServerWarmUp / 3 }, pierre.Process, pierre.TcpPort, keys, expected));
        await WarmUpAsync(await Scenario.HttpAsync("warm-up: SDK ceiling", warm with { WarmUp = options.ServerWarmUp / 3 }, ceiling.Process, SdkCall));
    }

    var rows = new List<LatencySummary>
    {
        await Scenario.HttpAsync("(a) MCP /mcp get_activities", options, pierre.Process, McpCall),
        await Scenario.TcpAsync("(b) MCP TCP get_activities", options, pierre.Process, pierre.TcpPort, keys, expected),
    };

    // A blocking send holds one running task, and one caller may run 16 at once (A2ATaskRunner.MaxRunningPerCaller).
    const int A2ATasksPerCaller = 16;

    // Issue 15's memory target is after a minute of tool calls: the warm-up, (a) and (b), before A2A's stored tasks.
    var toolCallsRssMiB = pierre.Process.ResidentMiB();
    rows.AddRange(
    [
        await Scenario.HttpAsync("(c) GET /health", options, pierre.Process, (client, _) => HttpWorkers.Health(client, pierre.HealthUrl)),
        await Scenario.HttpAsync("(d) bare ASP.NET Core, same bytes", options, ceiling.Process, (client, _) => HttpWorkers.ToolCall(client, ceiling.BareUrl, null, expected)),
        await Scenario.HttpAsync("(e) MCP SDK alone, same result", options, ceiling.Process, SdkCall),
        await Scenario.HttpAsync(
            $"(f) A2A SendMessage get_activities{(options.Connections > A2ATasksPerCaller ? $", {A2ATasksPerCaller} connections" : "")}",
            options with { Connections = Math.Min(options.Connections, A2ATasksPerCaller) },
            pierre.Process,
            (client, i) => HttpWorkers.A2ACall(client, pierre.A2AUrl, keys[i % keys.Count], expected)),
    ]);

    Report.Print(options, rows, body.Length, toolCallsRssMiB, pierre.Process.ResidentMiB());
    var rounds = new List<(LatencySummary A, LatencySummary E)>();
    for (var round = 1; round <= options.Rounds; round++)
    {
        rounds.Add((await Scenario.HttpAsync($"round {round}: (a)", options, pierre.Process, McpCall),
            await Scenario.HttpAsync($"round {round}: (e)", options, ceiling.Process, SdkCall)));
    }

    if (rounds.Count > 0)
    {
        Report.PrintRounds(rounds);
    }

    var failures = await pierre.FailuresLoggedAsync();
    if (failures.Count > 0)
    {
        Console.WriteLine($"the server logged {failures.Count} fail/crit event(s); the first: {failures[0]}");
    }

    return rows.Concat(rounds.SelectMany(r => new[] { r.A, r.E })).Any(r => r.Errors > 0) ? 1 : 0;
}
catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or SocketException or JsonException)
{
    await Console.Error.WriteLineAsync($"load driver: {e.Message}");
    return 1;
}
finally
{
    Directory.Delete(scratch, recursive: true);
}

static Task WarmUpAsync(LatencySummary warm) =>
    warm.Errors == 0 ? Task.CompletedTask : throw new InvalidOperationException($"{warm.Name}: {warm.Errors} error(s) before measuring");

static void Log(string message) => Console.Error.WriteLine($"load driver: {message}");
