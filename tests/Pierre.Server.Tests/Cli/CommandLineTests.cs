using Pierre.Server.Cli;
using Pierre.Server.Configuration;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Theory]
    [InlineData(new string[0], typeof(CliCommand.Serve))]
    [InlineData(new[] { "serve" }, typeof(CliCommand.Serve))]
    [InlineData(new[] { "--PIERRE_HTTP_PORT=9000", "migrate" }, typeof(CliCommand.Migrate))]
    [InlineData(new[] { "--help" }, typeof(CliCommand.Help))]
    [InlineData(new[] { "quickstart" }, typeof(CliCommand.Quickstart))]
    [InlineData(new[] { "version" }, typeof(CliCommand.Version))]
    [InlineData(new[] { "--version" }, typeof(CliCommand.Version))]
    [InlineData(new[] { "reset", "--yes" }, typeof(CliCommand.Reset))]
    [InlineData(new[] { "admin", "token", "create", "--name", "ci", "--super" }, typeof(CliCommand.AdminTokenCreate))]
    [InlineData(new[] { "admin", "create", "--email=a@b.co", "--password", "p" }, typeof(CliCommand.AdminCreate))]
    [InlineData(new[] { "tenant", "create", "--name", "Club B", "--slug", "club-b" }, typeof(CliCommand.TenantCreate))]
    [InlineData(new[] { "tenant", "invite", "--tenant", "club-b", "--email=x@b.co", "--role", "admin" }, typeof(CliCommand.TenantInvite))]
    [InlineData(new[] { "tenant", "plan", "--tenant", "club-b", "--plan", "starter" }, typeof(CliCommand.TenantPlan))]
    public void Parse_KnownCommands(string[] args, Type expected)
    {
        Assert.IsType(expected, CommandLineParser.Parse(args));
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "admin" }, "admin needs a subcommand")]
    [InlineData(new[] { "admin", "create", "--email", "a@b.co" }, "needs --password")]
    [InlineData(new[] { "admin", "create", "--email" }, "--email needs a value")]
    [InlineData(new[] { "admin", "create", "--colour", "red" }, "unknown option '--colour'")]
    [InlineData(new[] { "admin", "token", "create", "--name", "ci" }, "admin token create needs --permissions P1,P2")]
    [InlineData(new[] { "reset", "--force" }, "unknown option '--force'")]
    [InlineData(new[] { "tenant" }, "tenant needs a subcommand")]
    [InlineData(new[] { "tenant", "create", "--name", "Club B" }, "tenant create needs --slug")]
    [InlineData(new[] { "tenant", "invite", "--email", "x@b.co" }, "tenant invite needs --tenant")]
    [InlineData(new[] { "tenant", "invite", "--tenant", "club-b", "--mail", "x@b.co" }, "unknown option '--mail'")]
    [InlineData(new[] { "tenant", "plan", "--tenant", "club-b" }, "tenant plan needs --plan")]
    [InlineData(new[] { "tenant", "plan", "--plan", "starter" }, "tenant plan needs --tenant")]
    public void Parse_BadCommandLines_SayWhatIsWrong(string[] args, string message)
    {
        var error = Assert.Throws<UsageException>(() => CommandLineParser.Parse(args));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheCommandsAndEveryVariableWithItsDefault()
    {
        await using var process = await ServerProcess.RunAsync(_folder.Path, null, "--help");

        Assert.Equal(0, process.ExitCode);
        foreach (var command in new[] { "quickstart", "migrate", "reset [--yes]", "version", "admin create", "tenant create", "tenant plan", "tenant invite" })
        {
            Assert.Contains(command, process.Stdout, StringComparison.Ordinal);
        }

        foreach (var variable in EnvironmentVariables.All)
        {
            Assert.Contains(variable.Name, process.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("PIERRE_HTTP_PORT", process.Stdout, StringComparison.Ordinal);
        Assert.Contains("[sqlite:DATA/pierre.db]", process.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("data")));
    }

    [Fact]
    public async Task UnknownCommand_ExitsWith2AndPointsAtHelp()
    {
        await using var process = await ServerProcess.RunAsync(_folder.Path, null, "frobnicate");

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--help", process.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_AsACommand_PrintsWhatDashDashVersionPrints()
    {
        await using var word = await ServerProcess.RunAsync(_folder.Path, null, "version");
        await using var flag = await ServerProcess.RunAsync(_folder.Path, null, "--version");

        Assert.Equal(0, word.ExitCode);
        Assert.NotEmpty(word.Stdout.Trim());
        Assert.Equal(flag.Stdout, word.Stdout);
    }

    [Fact]
    public async Task AdminTokenCreate_WithoutPermissions_IsAUsageErrorBeforeOpeningTheDatabase()
    {
        await using var process = await ServerProcess.RunAsync(_folder.Path, null, "admin", "token", "create", "--name", "ci");

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("needs --permissions", process.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("data")), "the database is not opened (nor created)");
    }

    [Theory]
    [InlineData("not-an-email", "long enough password", "not a valid email")]
    [InlineData("ops@example.com", "short", "at least 8 characters")]
    public async Task AdminCreate_WithBadCredentials_RefusesWithTheReason(string email, string password, string reason)
    {
        await using var process = await ServerProcess.RunAsync(_folder.Path, null, "admin", "create", "--email", email, "--password", password);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains(reason, process.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(password, process.Stderr + process.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
