namespace Pierre.Server.Configuration;

/// <summary>Where the data folder came from, said in the first log lines.</summary>
internal enum DataFolderOrigin
{
    /// <summary><c>PIERRE_DATA_DIR</c> names it.</summary>
    Variable,

    /// <summary>A <c>./data</c> folder already exists in the current folder (how earlier versions stored data).</summary>
    CurrentFolder,

    /// <summary>The platform's per-user application-data folder.</summary>
    PerUser,
}

/// <summary>The operating systems whose per-user data folders differ.</summary>
internal enum UserPlatform
{
    Linux,
    MacOS,
    Windows,
}

/// <summary>
/// The folder holding the SQLite database and the key files unless their own variables name other paths. It does not depend
/// on the current folder (so <c>quickstart</c> run elsewhere finds the same installation), except that an existing
/// <c>./data</c> keeps being used.
/// </summary>
internal sealed record DataFolder(string Path, DataFolderOrigin Origin)
{
    private const string LocalFolderName = "data";

    public static UserPlatform CurrentPlatform =>
        OperatingSystem.IsWindows() ? UserPlatform.Windows : OperatingSystem.IsMacOS() ? UserPlatform.MacOS : UserPlatform.Linux;

    /// <summary>
    /// <c>PIERRE_DATA_DIR</c>, else an existing <c>./data</c>, else the per-user folder. <paramref name="variable"/> reads the
    /// environment; <paramref name="userProfile"/> stands in for an unset <c>HOME</c> (the account's home from the system).
    /// </summary>
    public static DataFolder Resolve(Func<string, string?> variable, string currentDirectory, UserPlatform platform, string? userProfile = null)
    {
        if (Set(variable(EnvironmentVariables.DataDir.Name)) is { } named)
        {
            return new DataFolder(System.IO.Path.GetFullPath(named, currentDirectory), DataFolderOrigin.Variable);
        }

        var local = System.IO.Path.Combine(currentDirectory, LocalFolderName);
        return Directory.Exists(local)
            ? new DataFolder(System.IO.Path.GetFullPath(local), DataFolderOrigin.CurrentFolder)
            : new DataFolder(PerUser(name => Set(variable(name)) ?? (name == "HOME" ? Set(userProfile) : null), platform), DataFolderOrigin.PerUser);
    }

    public string Describe() => Origin switch
    {
        DataFolderOrigin.Variable => $"{Path} (from {EnvironmentVariables.DataDir.Name})",
        DataFolderOrigin.CurrentFolder => $"{Path} (the existing ./{LocalFolderName} in the current folder)",
        _ => $"{Path} (the per-user default; set {EnvironmentVariables.DataDir.Name} to move it)",
    };

    private static string PerUser(Func<string, string?> variable, UserPlatform platform) => platform switch
    {
        UserPlatform.Windows => System.IO.Path.Combine(Required(variable, "LOCALAPPDATA"), "Pierre"),
        UserPlatform.MacOS => System.IO.Path.Combine(Required(variable, "HOME"), "Library", "Application Support", "Pierre"),
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        _ => Set(variable("XDG_DATA_HOME")) is { } xdg && System.IO.Path.IsPathFullyQualified(xdg)
            ? System.IO.Path.Combine(xdg, "pierre")
            : System.IO.Path.Combine(Required(variable, "HOME"), ".local", "share", "pierre"),
    };

    private static string Required(Func<string, string?> variable, string name) =>
        Set(variable(name)) ?? throw new ConfigurationException(
            EnvironmentVariables.DataDir.Name, $"is needed: {name} is not set, so there is no per-user data folder");

    private static string? Set(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
