using System.Net;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Admin;

public sealed class ReactivationTests
{
    [Fact]
    public async Task Approve_OfASuspendedUser_ReactivatesThem()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var (_, annId) = await h.ActiveUserAsync("ann@example.com", root);
        var login = new { email = "ann@example.com", password = "password123" };

        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{annId}/suspend", null, root)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.PostAsync("/api/auth/login", login)).Status);
        var (status, body, _) = await h.Client.PostAsync($"/admin/users/{annId}/approve", null, root);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("active", body.Str("status"));
        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync("/api/auth/login", login)).Status);
    }
}
