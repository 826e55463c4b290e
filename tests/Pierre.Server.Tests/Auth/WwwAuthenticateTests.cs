using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Auth;

public sealed class WwwAuthenticateTests
{
    [Fact]
    public async Task ExpiredToken_Challenge_SaysNothingAboutTheTokensLifetime()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var user = (await h.LoginAsync("ann@example.com"))["user"]!;
        var secret = await File.ReadAllBytesAsync(Path.Combine(Path.GetDirectoryName(h.App.EncryptionKeyPath)!, "jwt.secret"), TestContext.Current.CancellationToken);
        var issued = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-3);
        var expired = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "pierre",
            Audience = "pierre-api",
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued.AddHours(1),
            Claims = new Dictionary<string, object> { ["sub"] = user.Str("id"), ["tenant_id"] = user.Str("tenant_id") },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret), SecurityAlgorithms.HmacSha256),
        });

        var (status, _, response) = await h.Client.GetAsync("/api/keys", expired);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var challenge = string.Join(", ", response.Headers.WwwAuthenticate.Select(v => v.ToString()));
        Assert.StartsWith("Bearer", challenge, StringComparison.Ordinal);
        Assert.DoesNotContain("expired", challenge, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("error_description", challenge, StringComparison.Ordinal);
    }
}
