using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Auth;

/// <summary>A credential that was sent but does not work says why, in the body and in an RFC 6750 challenge.</summary>
public sealed class RefusedCredentialTests
{
    [Fact]
    public async Task RevokedApiKey_Is401SayingItWasRevoked_WithAnInvalidTokenChallenge()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var key = await h.CreateKeyAsync(token);
        var id = (await h.Client.GetAsync("/api/keys", token)).Body![0].Str("id");
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/api/keys/{id}", bearer: token)).Status);

        foreach (var (status, body, response) in new[] { await h.Client.GetAsync("/api/keys", null, key), await h.Client.GetAsync("/api/keys", key) })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.StartsWith("the API key was revoked", body.Str("detail"), StringComparison.Ordinal);
            Assert.Equal(
                "Bearer error=\"invalid_token\", error_description=\"the API key was revoked: create a new one with POST /api/keys\"",
                Assert.Single(response.Headers.WwwAuthenticate).ToString());
        }
    }

    [Fact]
    public async Task ExpiredApiKey_Is401SayingItExpired_WithAnInvalidTokenChallenge()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var key = await h.CreateKeyAsync((await h.LoginAsync("ann@example.com")).Str("access_token"));
        await h.DbAsync(db => db.ApiKeys.ExecuteUpdateAsync(
            s => s.SetProperty(k => k.ExpiresAt, DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc)), TestContext.Current.CancellationToken));

        var (status, body, response) = await h.Client.GetAsync("/api/keys", null, key);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("the API key expired", body.Str("detail"), StringComparison.Ordinal);
        Assert.Contains("error=\"invalid_token\", error_description=\"the API key expired", Assert.Single(response.Headers.WwwAuthenticate).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredential_Is401AskingForOne()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);

        var (status, body, response) = await h.Client.GetAsync("/api/keys", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("authentication required", body.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain("error=", string.Join(", ", response.Headers.WwwAuthenticate), StringComparison.Ordinal);
    }
}
