using Pierre.Server.Configuration;
using Pierre.Server.Hosting;

namespace Pierre.Server.Cli;

/// <summary>
/// <c>pierre-mcp-server reset [--yes]</c>: deletes the SQLite database and both keys, and the data folder with them, after the
/// operator types <c>yes</c> (or gave <c>--yes</c>). It never opens the database, and refuses for PostgreSQL: the keys would
/// go and the rows they encrypt would stay, unreadable.
/// </summary>
internal static class ResetCommand
{
    public const string Confirmation = "yes";

    public static Task<int> RunAsync(IConfiguration source, bool confirmed)
    {
        ServerConfig config;
        try
        {
            config = ServerConfig.Load(source);
        }
        catch (ConfigurationException e)
        {
            Console.Error.WriteLine($"pierre-mcp-server: configuration error: {e.Message}");
            return Task.FromResult(ExitCodes.Usage);
        }

        return RunAsync(config, confirmed, Console.IsInputRedirected ? null : Console.In, Console.Out, Console.Error);
    }

    /// <param name="input">The terminal to read the confirmation from; null when there is none to ask.</param>
    public static async Task<int> RunAsync(ServerConfig config, bool confirmed, TextReader? input, TextWriter output, TextWriter error)
    {
        if (config.Database.Provider != DatabaseProvider.Sqlite)
        {
            await error.WriteLineAsync(
                $"pierre-mcp-server: reset refused: {EnvironmentVariables.DatabaseUrl.Name} is {config.Database.Describe()}; deleting the keys would " +
                "leave its rows unreadable. Drop that database yourself first, then delete the key files.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var files = Files(config).Where(File.Exists).ToList();
        var folder = config.DataFolder.Path;
        if (files.Count == 0 && !Directory.Exists(folder))
        {
            await output.WriteLineAsync($"nothing to reset: there is no Pierre data in {folder}").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await output.WriteLineAsync($"This deletes the data folder {config.DataFolder.Describe()}:").ConfigureAwait(false);
        foreach (var file in files)
        {
            await output.WriteLineAsync($"  {file}").ConfigureAwait(false);
        }

        await output.WriteLineAsync("Every user, API key and connection goes with them; there is no undo.").ConfigureAwait(false);
        if (!confirmed)
        {
            if (input is null)
            {
                await error.WriteLineAsync("pierre-mcp-server: reset needs a confirmation: run it in a terminal, or add --yes").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await output.WriteAsync($"Type {Confirmation} to delete them: ").ConfigureAwait(false);
            if ((await input.ReadLineAsync().ConfigureAwait(false))?.Trim() != Confirmation)
            {
                await output.WriteLineAsync("nothing deleted").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        }

        files.ForEach(File.Delete);
        await output.WriteLineAsync(DeleteFolder(config.DataFolder)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static IEnumerable<string> Files(ServerConfig config)
    {
        var database = config.Database.SqliteFilePath!;
        return [database, $"{database}-wal", $"{database}-shm", $"{database}-journal", config.EncryptionKeyPath, config.JwtSecretPath];
    }

    // The per-user folder is Pierre's own and goes whole; a folder the operator chose (PIERRE_DATA_DIR, ./data) goes only when
    // nothing but Pierre's files was in it.
    private static string DeleteFolder(DataFolder folder)
    {
        if (!Directory.Exists(folder.Path))
        {
            return "deleted";
        }

        if (folder.Origin == DataFolderOrigin.PerUser || !Directory.EnumerateFileSystemEntries(folder.Path).Any())
        {
            Directory.Delete(folder.Path, recursive: true);
            return $"deleted {folder.Path}";
        }

        return $"deleted Pierre's files; kept {folder.Path}, which holds other files";
    }
}
