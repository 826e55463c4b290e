using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pierre.LoadDriver;

/// <summary>A process the driver starts (publish, the server, the ceiling app), its output kept in a log file.</summary>
internal sealed class ChildProcess(Process process, string logPath) : IAsyncDisposable
{
    public string LogPath => logPath;

    public static ChildProcess Start(string fileName, IEnumerable<string> args, string logPath, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var gate = new object();
        void Write(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (gate)
                {
                    log.WriteLine(e.Data);
                }
            }
        }

        process.OutputDataReceived += Write;
        process.ErrorDataReceived += Write;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, logPath);
    }

    /// <summary>Runs a command to its end; throws with its log when it fails.</summary>
    public static async Task RunAsync(string fileName, IEnumerable<string> args, string logPath, IDictionary<string, string>? environment = null)
    {
        await using var child = Start(fileName, args, logPath, environment);
        var exitCode = await child.WaitForExitAsync();
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(fileName)} {string.Join(' ', args)} exited {exitCode}:\n{await File.ReadAllTextAsync(logPath)}");
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>Resident memory (RSS) now, in MiB.</summary>
    public double ResidentMiB()
    {
        process.Refresh();
        return process.WorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>Waits for the end, output included (the parameterless wait also drains the redirected streams).</summary>
    public async Task<int> WaitForExitAsync()
    {
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGTERM, so the server drains and writes its buffered usage rows; killed when it is not gone in 10 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }
}
