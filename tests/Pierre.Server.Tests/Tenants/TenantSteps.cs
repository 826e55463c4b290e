using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Tenants;

/// <summary>The tenant, invitation and role calls the tests in this folder repeat, over the REST API.</summary>
internal static class TenantSteps
{
    public const string Password = "password123";

    public static async Task<Guid> CreateTenantAsync(this IdentityHarness h, string slug, string bearer)
    {
        var (status, body, _) = await h.Client.PostAsync("/admin/tenants", new { name = $"Club {slug}", slug, plan = "professional" }, bearer);
        Assert.True(status == HttpStatusCode.Created, $"create tenant {status}: {body?.ToJsonString()}");
        return Guid.Parse(body.Str("id"));
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> TryInviteAsync(
        this IdentityHarness h, Guid tenant, string email, string? role, string bearer) =>
        h.Client.PostAsync($"/admin/tenants/{tenant}/invitations", new { email, role }, bearer);

    /// <summary>Invites and returns the one-time token.</summary>
    public static async Task<string> InviteAsync(this IdentityHarness h, Guid tenant, string email, string? role, string bearer)
    {
        var (status, body, _) = await h.TryInviteAsync(tenant, email, role, bearer);
        Assert.True(status == HttpStatusCode.Created, $"invite {status}: {body?.ToJsonString()}");
        return body.Str("token");
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> RegisterWithAsync(
        this IdentityHarness h, string email, string? invitationToken) =>
        h.Client.PostAsync("/api/auth/register", new { email, password = Password, invitation_token = invitationToken });

    /// <summary>Registers with the invitation and signs in; returns the access token and the signed-in user.</summary>
    public static async Task<(string Token, JsonNode User)> JoinAsync(this IdentityHarness h, string email, string invitationToken)
    {
        var (status, body, _) = await h.RegisterWithAsync(email, invitationToken);
        Assert.True(status == HttpStatusCode.Created, $"register {status}: {body?.ToJsonString()}");
        var session = await h.LoginAsync(email, Password);
        return (session.Str("access_token"), session["user"]!);
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SetRoleAsync(
        this IdentityHarness h, object userId, string role, string bearer) =>
        h.Client.SendAsync(HttpMethod.Put, $"/admin/users/{userId}/role", new { role }, bearer);

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> InvitationsAsync(
        this IdentityHarness h, Guid tenant, string bearer) =>
        h.Client.GetAsync($"/admin/tenants/{tenant}/invitations", bearer);

    public static Task<Guid> DefaultTenantAsync(this IdentityHarness h) =>
        h.DbAsync(db => db.Tenants.Where(t => t.Slug == Tenant.DefaultSlug).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken));

    public static Task<Guid> UserIdAsync(this IdentityHarness h, string email) =>
        h.DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));
}
