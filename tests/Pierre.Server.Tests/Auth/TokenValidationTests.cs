using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Auth;

/// <summary>Every kind of bad bearer token is refused; tokens are forged with the server's real secret where it matters.</summary>
public sealed class TokenValidationTests
{
    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    private static async Task<(IdentityHarness Harness, string UserId, string TenantId, byte[] Secret)> StartAsync(string provider)
    {
        var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var user = (await h.LoginAsync("ann@example.com"))["user"]!;
        var secret = await File.ReadAllBytesAsync(Path.Combine(Path.GetDirectoryName(h.App.EncryptionKeyPath)!, "jwt.secret"), TestContext.Current.CancellationToken);
        return (h, user.Str("id"), user.Str("tenant_id"), secret);
    }

    private static string Forge(byte[] secret, string algorithm, string userId, string tenantId, DateTime expires, DateTime issued)
    {
        var key = new SymmetricSecurityKey(algorithm == SecurityAlgorithms.HmacSha256 ? secret : [.. secret, .. secret]);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "pierre",
            Audience = "pierre-api",
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expires,
            Claims = new Dictionary<string, object> { ["sub"] = userId, ["tenant_id"] = tenantId, ["role"] = "super_admin" },
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    public static TheoryData<string, string> BadTokens
    {
        get
        {
            var rows = new TheoryData<string, string>
            {
                { TestDatabases.Sqlite, "alg-none" },
                { TestDatabases.Sqlite, "hs512" },
                { TestDatabases.Sqlite, "wrong-signature" },
                { TestDatabases.Sqlite, "expired" },
                { TestDatabases.Sqlite, "garbage" },
                { TestDatabases.Sqlite, "unknown-user" },
            };
            if (PostgresTestDatabase.ServerUrl is not null) // as TestDatabases.Providers: no PostgreSQL cases without a server
            {
                rows.Add(TestDatabases.Postgres, "expired");
                rows.Add(TestDatabases.Postgres, "wrong-signature");
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadBearerToken_Is401(string provider, string kind)
    {
        var (h, userId, tenantId, secret) = await StartAsync(provider);
        await using var _ = h;
        var now = DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc).AddSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var valid = Forge(secret, SecurityAlgorithms.HmacSha256, userId, tenantId, now.AddHours(1), now);
        var token = kind switch
        {
            "alg-none" => $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{valid.Split('.')[1]}.",
            "hs512" => Forge(secret, SecurityAlgorithms.HmacSha512, userId, tenantId, now.AddHours(1), now),
            "wrong-signature" => Forge(new byte[64], SecurityAlgorithms.HmacSha256, userId, tenantId, now.AddHours(1), now),
            "expired" => Forge(secret, SecurityAlgorithms.HmacSha256, userId, tenantId, now.AddHours(-1), now.AddHours(-25)),
            "unknown-user" => Forge(secret, SecurityAlgorithms.HmacSha256, Guid.NewGuid().ToString(), tenantId, now.AddHours(1), now),
            _ => "not.a.jwt",
        };
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", valid)).Status);

        var (status, body, response) = await h.Client.GetAsync("/api/keys", token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("unauthorized", body.Str("code"));
        Assert.Contains(response.Headers.WwwAuthenticate, v => v.Scheme == "Bearer");
    }

    [Fact]
    public async Task NoCredential_Is401WithBearerChallenge()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);

        var (status, body, response) = await h.Client.GetAsync("/api/keys", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("X-API-Key", body.Str("detail"), StringComparison.Ordinal);
        Assert.Contains(response.Headers.WwwAuthenticate, v => v.Scheme == "Bearer");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SuspendedUser_TokenAndKeyAre403_RefreshIsRefused_AndTheOldSessionStaysEndedAfterApproval(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var admin = await h.SuperAdminTokenAsync();
        var (token, userId) = await h.ActiveUserAsync("ann@example.com", admin);
        var key = await h.CreateKeyAsync(token);
        var refresh = (await h.LoginAsync("ann@example.com")).Str("refresh_token");

        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{userId}/suspend", null, admin)).Status);

        var (jwtStatus, jwtBody, _) = await h.Client.GetAsync("/api/keys", token);
        Assert.Equal(HttpStatusCode.Forbidden, jwtStatus);
        Assert.Contains("suspended", jwtBody.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.GetAsync("/api/keys", null, key)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = refresh })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" })).Status);

        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{userId}/approve", null, admin)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", null, key)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", token)).Status);
    }
}
