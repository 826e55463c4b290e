using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Pierre.Server.Data;

internal static partial class DatabaseStartup
{
    /// <summary>
    /// Says which data folder is in use, then runs <see cref="DatabaseInitializer"/> once at start. A database that cannot be reached or migrated stops the
    /// process with one clear line rather than a stack trace; the result is the list of migrations applied, or null.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        LogDataFolder(logger, scope.ServiceProvider.GetRequiredService<Configuration.ServerConfig>().DataFolder.Describe());
        try
        {
            return await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
                .InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException or IOException or TimeoutException or UnauthorizedAccessException)
        {
            var database = scope.ServiceProvider.GetRequiredService<Configuration.DatabaseUrl>().Describe();
            LogStartupFailure(logger, database, e.GetBaseException().Message);
            await Console.Error.WriteLineAsync($"pierre-mcp-server: database {database} unavailable: {e.GetBaseException().Message}").ConfigureAwait(false);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data folder {DataFolder}")]
    private static partial void LogDataFolder(ILogger logger, string dataFolder);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Database {Database} could not be initialised: {Reason}")]
    private static partial void LogStartupFailure(ILogger logger, string database, string reason);
}
