using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pierre.Server.Tenants;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Cli;

/// <summary><c>tenant create</c>, <c>tenant plan</c> and <c>tenant invite</c> on the real binary, and the printed registration used as printed.</summary>
public sealed partial class TenantCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task TenantCreateThenInvite_PrintsARegistrationThatJoinsTheTenantWithTheRole()
    {
        await using var server = ServerProcess.Start(_folder.Path);
        await server.WaitUntilHealthyAsync();
        var port = new Dictionary<string, string> { ["PIERRE_HTTP_PORT"] = server.Port.ToString(CultureInfo.InvariantCulture) };

        await using var create = await ServerProcess.RunAsync(_folder.Path, port, "tenant", "create", "--name", "Club B", "--slug", "club-b", "--plan", "professional");
        await using var invite = await ServerProcess.RunAsync(_folder.Path, port, "tenant", "invite", "--tenant", "club-b", "--email", "X@B.example", "--role", "admin");
        await using var again = await ServerProcess.RunAsync(_folder.Path, port, "tenant", "create", "--name", "Club B", "--slug", "club-b");
        await using var nowhere = await ServerProcess.RunAsync(_folder.Path, port, "tenant", "invite", "--tenant", "club-z", "--email", "y@b.example");

        Assert.True(create.ExitCode == 0, create.Stderr);
        Assert.Contains("created tenant 'Club B' (slug club-b, plan professional", create.Stdout, StringComparison.Ordinal);
        Assert.True(invite.ExitCode == 0, invite.Stderr);
        Assert.Contains("invited x@b.example to tenant club-b as admin", invite.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, nowhere.ExitCode);
        Assert.Contains("no tenant with slug 'club-z'", nowhere.Stderr, StringComparison.Ordinal);

        var printed = PrintedCurl().Match(invite.Stdout);
        Assert.True(printed.Success, invite.Stdout);
        Assert.Equal($"http://localhost:{server.Port}/api/auth/register", printed.Groups["url"].Value);
        var body = JsonNode.Parse(printed.Groups["body"].Value)!.AsObject();
        Assert.Equal(Token().Match(invite.Stdout).Value, body["invitation_token"]!.GetValue<string>());
        Assert.Equal(InvitationText.PasswordPlaceholder, body["password"]!.GetValue<string>());
        body["password"] = "chosen password";
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var (registered, answer, _) = await http.PostAsync(new Uri(printed.Groups["url"].Value).PathAndQuery, body);
        var (signedIn, session, _) = await http.PostAsync("/api/auth/login", new { email = "x@b.example", password = "chosen password" });
        var (listed, users, _) = await http.GetAsync("/admin/users", session.Str("access_token"));

        Assert.Equal(HttpStatusCode.Created, registered);
        Assert.Equal("active", answer.Str("status"));
        Assert.Equal(HttpStatusCode.OK, signedIn);
        Assert.Equal("admin", session!["user"].Str("role"));
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.Equal(["x@b.example"], users!.AsArray().Select(u => u.Str("email")));
    }

    [Theory]
    [InlineData("super_admin", "PUT /admin/users/{id}/role")]
    [InlineData("owner", "role must be user or admin")]
    public async Task TenantInvite_WithARoleItCannotGrant_RefusesWithTheReason(string role, string reason)
    {
        await using var create = await ServerProcess.RunAsync(_folder.Path, null, "tenant", "create", "--name", "Club B", "--slug", "club-b");
        await using var invite = await ServerProcess.RunAsync(_folder.Path, null, "tenant", "invite", "--tenant", "club-b", "--email", "x@b.example", "--role", role);

        Assert.Equal(0, create.ExitCode);
        Assert.Contains("plan starter", create.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, invite.ExitCode);
        Assert.Contains(reason, invite.Stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch(Token(), invite.Stdout + invite.Stderr);
    }

    [Fact]
    public async Task TenantPlan_MovesTheTenant_AndRefusesAnUnknownPlanOrTenant()
    {
        await using var create = await ServerProcess.RunAsync(_folder.Path, null, "tenant", "create", "--name", "Club B", "--slug", "club-b", "--plan", "professional");
        await using var unknownPlan = await ServerProcess.RunAsync(_folder.Path, null, "tenant", "plan", "--tenant", "club-b", "--plan", "platinum");
        await using var unknownTenant = await ServerProcess.RunAsync(_folder.Path, null, "tenant", "plan", "--tenant", "club-z", "--plan", "starter");
        await using var moved = await ServerProcess.RunAsync(_folder.Path, null, "tenant", "plan", "--tenant", "club-b", "--plan", "starter");

        Assert.True(create.ExitCode == 0, create.Stderr);
        Assert.Equal(1, unknownPlan.ExitCode);
        Assert.Contains("plan must be one of starter, professional, enterprise", unknownPlan.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, unknownTenant.ExitCode);
        Assert.Contains("no tenant with slug 'club-z'", unknownTenant.Stderr, StringComparison.Ordinal);
        Assert.True(moved.ExitCode == 0, moved.Stderr);
        Assert.Contains("tenant club-b is on the starter plan", moved.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"curl -s (?<url>\S+) -H 'content-type: application/json' -d '(?<body>[^']+)'")]
    private static partial Regex PrintedCurl();

    [GeneratedRegex("pit_[0-9A-Za-z]{40}")]
    private static partial Regex Token();
}
