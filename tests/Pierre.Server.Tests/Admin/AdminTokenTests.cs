using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Admin;

public sealed class AdminTokenTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AdminToken_WorksWithinItsPermissions_IsAudited_AndStopsWhenRevoked(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var pendingId = await h.RegisterAsync("ann@example.com");

        var (status, created, _) = await h.Client.PostAsync("/admin/tokens", new { name = "ops bot", permissions = new[] { "manage_users" } }, root);
        Assert.Equal(HttpStatusCode.Created, status);
        var token = created.Str("token");
        Assert.Matches("^pat_[0-9A-Za-z]{40}$", token);

        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{pendingId}/approve", null, token)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.GetAsync("/admin/tenants", token)).Status);
        var (_, listed, _) = await h.Client.GetAsync("/admin/tokens", root);
        Assert.DoesNotContain(token, listed!.ToJsonString(), StringComparison.Ordinal);
        var tokenId = created.Str("id");
        Assert.True(await h.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "admin_token.used" && e.ActorAdminTokenId == Guid.Parse(tokenId))));
        Assert.True(await h.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "user.approved" && e.TargetId == pendingId)));

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{tokenId}", bearer: root)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/admin/users", token)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{Guid.NewGuid()}", bearer: root)).Status);
    }

    [Fact]
    public async Task CreateToken_WithUnknownPermission_Is400AndCreatesNothing()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();

        var (status, body, _) = await h.Client.PostAsync("/admin/tokens", new { name = "x", permissions = new[] { "launch_rockets" } }, root);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("launch_rockets", body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(0, await h.DbAsync(db => db.AdminTokens.CountAsync()));
    }

    [Fact]
    public async Task CliCreatedToken_IsPrintedOnceAndWorksOnTheServer()
    {
        using var folder = new TempDirectory();
        var create = await ServerProcess.RunAsync(folder.Path, null, "admin", "token", "create", "--name", "ci", "--permissions", "manage_users,manage_tenants");
        Assert.Equal(0, create.ExitCode);
        var token = create.Stdout.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("pat_", StringComparison.Ordinal));

        await using var server = ServerProcess.Start(folder.Path);
        await server.WaitUntilHealthyAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var (status, tenants, _) = await client.GetAsync("/admin/tenants", token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("default", Assert.Single(tenants!.AsArray()).Str("slug"));
        Assert.DoesNotContain(token, server.Stdout + server.Stderr, StringComparison.Ordinal);
    }
}
