using System.Net;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Admin;

public sealed class SetPasswordTests
{
    [Fact]
    public async Task SetPassword_WithTheWrongFieldName_SaysNewPasswordIsRequired()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var (_, annId) = await h.ActiveUserAsync("ann@example.com", root);

        var (status, body, _) = await h.Client.PostAsync($"/admin/users/{annId}/password", new { password = "a long new password" }, root);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("new_password is required", body.Str("detail"));
    }
}
