using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core sends to one SQLite file, from its diagnostic events, so a test can show that a hot
/// path is served from caches. Other tests' databases (they run in parallel) are other files and are not counted.
/// Create it before the server starts: EF Core remembers for a while that nobody listens to command events.
/// The usage flush's update of the keys' last use is not counted: <c>UsageFlushService</c> sends it once a second on its
/// own thread for the requests counted since its last run, whenever that tick falls, so it is no request's round trip.
/// </summary>
public sealed class DatabaseCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private string? _file;
    private readonly IDisposable _all;
    private readonly List<IDisposable> _listeners = [];
    private int _commands;

    public DatabaseCommandCounter()
    {
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Commands sent to the file given to <see cref="Count"/> since then.</summary>
    public int Commands => Volatile.Read(ref _commands);

    public void Count(string file)
    {
        Volatile.Write(ref _commands, 0);
        Volatile.Write(ref _file, file);
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {

        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && Volatile.Read(ref _file) is { } file && data.Command.Connection?.ConnectionString.Contains(file, StringComparison.Ordinal) == true
            && !IsUsageFlush(data.Command.CommandText))
        {
            Interlocked.Increment(ref _commands);
        }
    }

    private static bool IsUsageFlush(string sql) =>
        sql.StartsWith("UPDATE \"api_keys\"", StringComparison.Ordinal) && sql.Contains("\"LastUsedAt\"", StringComparison.Ordinal);

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }
}
