namespace Pierre.Server.Security;

/// <summary>Folders that hold secrets or the database are readable by their owner only (0700).</summary>
internal static class PrivateDirectory
{
    public static void Ensure(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
