using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.OAuthServer;

/// <summary>The authorization code flow with PKCE from registration to a tool call, and each way it must go wrong.</summary>
public sealed class OAuthServerFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task WholeFlow_RegisterConsentRedeem_GivesATokenThatListsAndCallsToolsOnMcp(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);

        var (_, accessToken, refreshToken) = await flow.SignInAsync();

        Assert.NotEmpty(refreshToken);
        await using var client = await McpTestClient.ConnectWithHeadersAsync(h.App, new() { ["Authorization"] = $"Bearer {accessToken}" });
        var tools = await client.ListToolsAsync(cancellationToken: Ct);
        Assert.Contains(tools, t => t.Name == "connect_provider");
        await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: Ct);
        var activities = await client.CallToolAsync("get_activities", new Dictionary<string, object?> { ["limit"] = 3 }, cancellationToken: Ct);
        Assert.NotEqual(true, activities.IsError);
        Assert.Equal(3, activities.StructuredContent!.Value.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task WrongVerifier_IsRefused_AndTheCodeCannotBeUsedAfterwards()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var clientId = await flow.RegisterClientAsync();
        var code = await flow.CodeAsync(clientId);

        var (status, body) = await flow.RedeemAsync(clientId, code, verifier: new OAuthFlow(h, WebFormClient.For(h.App)).Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.Str("error"));
    }

    [Fact]
    public async Task ReusedCode_IsRefused()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var clientId = await flow.RegisterClientAsync();
        var code = await flow.CodeAsync(clientId);
        Assert.Equal(HttpStatusCode.OK, (await flow.RedeemAsync(clientId, code)).Status);

        var (status, body) = await flow.RedeemAsync(clientId, code);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.Str("error"));
        Assert.Contains("authorization code", (await ReuseAuditAsync(h)).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeOlderThanTenMinutes_IsRefused()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings(),
            services => services.AddSingleton<TimeProvider>(clock));
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var clientId = await flow.RegisterClientAsync();
        var code = await flow.CodeAsync(clientId);

        clock.Advance(TimeSpan.FromMinutes(11));
        var (status, body) = await flow.RedeemAsync(clientId, code);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.Str("error"));
    }

    [Fact]
    public async Task AnotherResource_IsRefusedAtAuthorize_AndAtTheTokenEndpoint()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var clientId = await flow.RegisterClientAsync();

        using var person = WebFormClient.For(h.App);
        await person.SignInAsync("ann@example.com");
        using var refused = await person.GetAsync(flow.AuthorizeUrl(clientId, resource: "http://localhost/other"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("invalid_target", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var code = await flow.CodeAsync(clientId);
        var (status, body) = await flow.RedeemAsync(clientId, code, resource: "http://elsewhere.example/mcp");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_target", body.Str("error"));
    }

    [Fact]
    public async Task Refresh_RotatesTheToken_AndReusingTheOldOne_RevokesTheWholeGrant()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var (clientId, _, firstRefresh) = await flow.SignInAsync();

        var (status, rotated) = await flow.RefreshAsync(clientId, firstRefresh);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(firstRefresh, rotated.Str("refresh_token"));
        Assert.Equal(HttpStatusCode.OK, (await OAuthFlow.McpAsync(h.Client, rotated.Str("access_token"), Ping)).Status);

        var (reuseStatus, reuse) = await flow.RefreshAsync(clientId, firstRefresh);
        Assert.Equal(HttpStatusCode.BadRequest, reuseStatus);
        Assert.Equal("invalid_grant", reuse.Str("error"));

        // The thief's use revoked the family: the rightful client's newer tokens stop working too.
        Assert.Equal("invalid_grant", (await flow.RefreshAsync(clientId, rotated.Str("refresh_token"))).Body.Str("error"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthFlow.McpAsync(h.Client, rotated.Str("access_token"), Ping)).Status);
        // The family is revoked now, so replaying the stolen token again is refused without another audit entry per try.
        Assert.Equal("invalid_grant", (await flow.RefreshAsync(clientId, firstRefresh)).Body.Str("error"));
        var audited = await ReuseAuditAsync(h);
        Assert.NotNull(audited.TenantId);
        Assert.Contains($"refresh token of client {clientId}", audited.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshWithinItsRotation_IsNotAuditedAsReuse()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var (clientId, _, firstRefresh) = await flow.SignInAsync();

        var (_, rotated) = await flow.RefreshAsync(clientId, firstRefresh);
        Assert.Equal(HttpStatusCode.OK, (await flow.RefreshAsync(clientId, rotated.Str("refresh_token"))).Status);

        Assert.Equal(0, await h.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.AuditEvents.Where(e => e.Action == "oauth.grant_revoked_on_reuse"), Ct)));
    }

    [Fact]
    public async Task RevokedAccessToken_IsRefusedOnMcp()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var (clientId, accessToken, _) = await flow.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await OAuthFlow.McpAsync(h.Client, accessToken, Ping)).Status);

        using var revoke = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = accessToken, ["client_id"] = clientId });
        using var revoked = await h.Client.PostAsync(new Uri("/oauth2/revoke", UriKind.Relative), revoke, Ct);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthFlow.McpAsync(h.Client, accessToken, Ping)).Status);
        var audited = await h.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.AuditEvents.Where(e => e.Action == "oauth.token_revoked"), Ct));
        Assert.NotNull(audited.TenantId);
        Assert.Contains(clientId, audited.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuspendedUser_TokenIsRefusedOnMcp_AndCannotBeRefreshed()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var root = await h.SuperAdminTokenAsync();
        var annId = await h.RegisterAsync("ann@example.com");
        var person = WebFormClient.For(h.App);
        await person.SignInAsync("ann@example.com");
        var flow = new OAuthFlow(h, person);
        var (clientId, accessToken, refreshToken) = await flow.SignInAsync();

        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{annId}/suspend", null, root)).Status);

        var (mcpStatus, _) = await OAuthFlow.McpAsync(h.Client, accessToken, Ping);
        Assert.Equal(HttpStatusCode.Forbidden, mcpStatus);
        var (refreshStatus, refused) = await flow.RefreshAsync(clientId, refreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refreshStatus);
        Assert.Equal("invalid_grant", refused.Str("error"));
    }

    [Fact]
    public async Task ReadOnlyScope_HidesAndRefusesToolsThatChangeThings_NamingTheScope()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var (_, accessToken, _) = await flow.SignInAsync(scope: "fitness:read");

        await using var client = await McpTestClient.ConnectWithHeadersAsync(h.App, new() { ["Authorization"] = $"Bearer {accessToken}" });
        var tools = await client.ListToolsAsync(cancellationToken: Ct);

        Assert.Contains(tools, t => t.Name == "get_activities");
        Assert.DoesNotContain(tools, t => t.ProtocolTool.Annotations?.ReadOnlyHint != true);
        var refused = await Assert.ThrowsAsync<ModelContextProtocol.McpProtocolException>(async () =>
            await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: Ct));
        Assert.Contains("fitness:write", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deny_SendsTheClientBackWithAccessDenied()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var clientId = await flow.RegisterClientAsync();

        var back = await flow.ConsentAsync(flow.AuthorizeUrl(clientId), allow: false);

        Assert.StartsWith(OAuthFlow.RedirectUri, back.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("error=access_denied", back.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("code=", back.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PendingUser_CannotAuthorize()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["BASE_URL"] = "http://localhost" });
        await h.RegisterAsync("pat@example.com");
        using var person = WebFormClient.For(h.App);
        await person.SignInAsync("pat@example.com");
        var flow = new OAuthFlow(h, person);
        var clientId = await flow.RegisterClientAsync();

        using var answer = await person.GetAsync(flow.AuthorizeUrl(clientId));

        Assert.Contains("error=access_denied", answer.Headers.Location?.Query ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotSignedIn_IsSentToTheLoginPage_WhichComesBackToTheRequest()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = new OAuthFlow(h, WebFormClient.For(h.App));
        var clientId = await flow.RegisterClientAsync();
        using var stranger = WebFormClient.For(h.App);

        using var answer = await stranger.GetAsync(flow.AuthorizeUrl(clientId));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var location = answer.Headers.Location!.OriginalString;
        Assert.StartsWith("/login?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("/oauth2/authorize?"), location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessToken_IsForMcpOnly_NotTheRestApi()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var (_, accessToken, _) = await flow.SignInAsync();

        var (status, body, _) = await h.Client.GetAsync("/api/keys", accessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("/mcp only", body.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredAccessToken_IsRefusedOnMcp_AndTheRefreshTokenGetsANewOne()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings(),
            services => services.AddSingleton<TimeProvider>(clock));
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var (clientId, accessToken, refreshToken) = await flow.SignInAsync();

        clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthFlow.McpAsync(h.Client, accessToken, Ping)).Status);
        var (status, renewed) = await flow.RefreshAsync(clientId, refreshToken);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await OAuthFlow.McpAsync(h.Client, renewed.Str("access_token"), Ping)).Status);
    }

    [Fact]
    public async Task TokenForAnotherAudience_IsRefusedOnMcp()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var (_, accessToken, _) = await flow.SignInAsync();

        // The very same token, its entry still valid, re-signed with the server's own key: as it was it passes, with
        // only the audience changed it does not.
        var original = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(accessToken);
        var keys = h.App.Services.GetRequiredService<Pierre.Server.OAuthServer.OAuthServerKeys>();
        string Resigned(string audience)
        {
            var claims = original.Claims.Where(c => c.Type != "aud").GroupBy(c => c.Type)
                .ToDictionary(g => g.Key, g => g.Count() == 1 ? ClaimValue(g.Single()) : g.Select(ClaimValue).ToArray());
            claims["aud"] = audience;
            return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(
                new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
                {
                    Claims = claims,
                    TokenType = "at+jwt",
                    SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(keys.Signing, "ES256"),
                });
        }

        Assert.Equal(HttpStatusCode.OK, (await OAuthFlow.McpAsync(h.Client, Resigned(OAuthFlow.Resource), Ping)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthFlow.McpAsync(h.Client, Resigned("http://localhost/elsewhere"), Ping)).Status);
    }

    private static object ClaimValue(System.Security.Claims.Claim claim) =>
        claim.ValueType.EndsWith("integer", StringComparison.Ordinal) || claim.ValueType.EndsWith("integer64", StringComparison.Ordinal) ? long.Parse(claim.Value, System.Globalization.CultureInfo.InvariantCulture) : claim.Value;

    private static readonly string Ping = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "ping" }.ToJsonString();

    /// <summary>The one audit entry of a grant revoked because a redeemed code or refresh token came back.</summary>
    private static Task<Pierre.Server.Data.Entities.AuditEvent> ReuseAuditAsync(IdentityHarness h) =>
        h.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.AuditEvents.Where(e => e.Action == "oauth.grant_revoked_on_reuse"), Ct));
}
