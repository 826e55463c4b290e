namespace Pierre.Server.Security;

/// <summary>Files that hold secrets or the database are readable and writable by their owner only (0600).</summary>
internal static class PrivateFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the file empty with mode 0600 when it is missing, or narrows an existing one to 0600, together with
    /// whichever of <paramref name="companions"/> exist. SQLite gives the journal, WAL and shared-memory files it creates
    /// later the database file's own mode, so this is needed once, before SQLite first opens the file.
    /// </summary>
    public static void Ensure(string path, params string[] companions)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Write, UnixCreateMode = OwnerOnly };
        using (new FileStream(path, options))
        {
        }

        foreach (var file in companions.Where(File.Exists).Prepend(path))
        {
            if (File.GetUnixFileMode(file) != OwnerOnly)
            {
                File.SetUnixFileMode(file, OwnerOnly);
            }
        }
    }
}
