using System.Globalization;

namespace Pierre.LoadDriver;

internal sealed record DriverOptions(TimeSpan Duration, TimeSpan WarmUp, TimeSpan ServerWarmUp, int Connections, string? PostgresUrl, int Keys, string RepoRoot, string? Built, string LogLevel, int Rounds)
{
    public const string Usage = """
        usage: Pierre.LoadDriver [--duration SECONDS] [--warm-up SECONDS] [--connections N] [--smoke] [--postgres URL] [--keys N] [--built CONFIG] [--log-level LEVEL] [--rounds N] [--repo PATH]
          --duration     seconds measured per scenario (default 8; --smoke 2)
          --warm-up      seconds of load on each server before its first scenario (default 30; --smoke 0): under load,
                         tiered PGO keeps re-compiling Pierre's hot methods for 15-20 s; each scenario then has 2 s more
          --connections  concurrent connections (default 32; --smoke 4)
          --smoke        a short, light run for CI: checks that every scenario answers without errors
          --postgres     serve from this PostgreSQL database (postgresql://user:pass@host:port/db) instead of a scratch SQLite
                         file; DATABASE_URL in the environment does the same
          --keys         spread the MCP calls over N enterprise keys (default 1), for servers whose enterprise burst limit
                         cannot be turned off
          --built        run the servers from `dotnet build -c CONFIG` output (e.g. Debug in CI) instead of publishing
                         them in Release; figures from such a run are not comparable
          --log-level    the server's LOG_LEVEL (default warning: the per-request information line is left out, as in
                         the ceiling app)
          --rounds       after the table, measure (a) and (e) again N times, one after the other, and print the median
                         of their ratios: on a shared machine one pair can differ by 20 % from the next (default 0)
          --repo         the repository root (default: found above the current folder)
        """;

    public static DriverOptions Parse(string[] args)
    {
        var smoke = args.Contains("--smoke");
        double? seconds = null;
        double? warmUpSeconds = null;
        int? connections = null;
        var postgres = Environment.GetEnvironmentVariable("DATABASE_URL") is { } url && url.StartsWith("postgres", StringComparison.Ordinal) ? url : null;
        var keys = 1;
        string? repo = null;
        string? built = null;
        var logLevel = "warning";
        var rounds = 0;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            switch (args[i])
            {
                case "--smoke": break;
                case "--duration": seconds = Positive(args[i], double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--warm-up": warmUpSeconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--connections": connections = (int)Positive(args[i], int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--postgres": postgres = Value(); break;
                case "--keys": keys = (int)Positive(args[i], int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--repo": repo = Value(); break;
                case "--built": built = Value(); break;
                case "--log-level": logLevel = Value(); break;
                case "--rounds": rounds = int.Parse(Value(), CultureInfo.InvariantCulture) is var n and >= 0 ? n : throw new ArgumentException("--rounds must be 0 or more"); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        var duration = TimeSpan.FromSeconds(seconds ?? (smoke ? 2 : 8));
        var warmUp = TimeSpan.FromSeconds(smoke ? 0.5 : 2);
        var serverWarmUp = TimeSpan.FromSeconds(warmUpSeconds ?? (smoke ? 0 : 30));
        return new(duration, warmUp, serverWarmUp, connections ?? (smoke ? 4 : 32), postgres, keys, repo ?? FindRepoRoot(), built, logLevel, rounds);
    }

    private static double Positive(string name, double value) =>
        value > 0 ? value : throw new ArgumentException($"{name} must be positive");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pierre.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new ArgumentException("no Pierre.slnx above the current folder: pass --repo");
    }
}
