using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// The real <c>pierre-mcp-server</c> binary as a child process in a folder of its own, with only the environment
/// variables a test gives it: what an operator runs, including signals and exit codes.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly string ServerDll = Path.Combine(AppContext.BaseDirectory, "pierre-mcp-server.dll");
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private ServerProcess(Process process) => _process = process;

    public int Port { get; private init; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Stdout { get { lock (_stdout) { return _stdout.ToString(); } } }

    public string Stderr { get { lock (_stderr) { return _stderr.ToString(); } } }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ServerProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(IsServerVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment.Remove("XDG_DATA_HOME");
        start.Environment["PIERRE_HTTP_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Never the real per-user folder: the data goes to the folder's ./data unless the test chooses the data home itself.
        if (environment is null || !environment.Keys.Any(k => k is "PIERRE_DATA_DIR" or "HOME" or "XDG_DATA_HOME"))
        {
            start.Environment["PIERRE_DATA_DIR"] = Path.Combine(workingDirectory, "data");
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new ServerProcess(process) { Port = port };
        process.OutputDataReceived += (_, e) => Append(server._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(server._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Runs a one-shot command to completion (quickstart may publish a Release build first) and returns its exit code.</summary>
    public static async Task<ServerProcess> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var process = Start(workingDirectory, environment, args);
        await process.WaitForExitAsync(TimeSpan.FromSeconds(180));
        return process;
    }

    /// <summary>
    /// How long a started server may take to answer <c>/health</c>. It starts in 1–3 s alone, but the test run starts
    /// servers, browsers and builds on two cores at once; start-up speed is a benchmark's matter (bench/README.md).
    /// </summary>
    public static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(30);

    public async Task WaitUntilHealthyAsync()
    {
        var timeout = StartPatience;
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"server exited with {_process.ExitCode}: {Stderr}{Stdout}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"server not healthy after {timeout}: {Stderr}{Stdout}");
    }

    /// <summary>Sends SIGTERM, as a container runtime or systemd does to stop a service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static bool IsServerVariable(string name) =>
        name.StartsWith("PIERRE_", StringComparison.Ordinal) || name.StartsWith("DATABASE_", StringComparison.Ordinal)
        || name.StartsWith("JWT_", StringComparison.Ordinal) || name.StartsWith("LOG_", StringComparison.Ordinal)
        || name is "BASE_URL" or "CORS_ALLOWED_ORIGINS" or "AUTO_APPROVE_USERS" or "REFRESH_TOKEN_EXPIRY_DAYS" or "ASPNETCORE_URLS";

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
