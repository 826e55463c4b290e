using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.OAuthServer;

/// <summary>RFC 7591 registration: what a client may register, what it may not, and that it is held to what it registered.</summary>
public sealed class ClientRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, JsonNode Body)> RegisterAsync(HttpClient client, JsonObject metadata)
    {
        using var response = await client.PostAsJsonAsync("/oauth2/register", metadata, Ct);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!);
    }

    [Fact]
    public async Task PublicClient_GetsAnIdAndNoSecret()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());

        var (status, body) = await RegisterAsync(h.Client, new JsonObject
        {
            ["redirect_uris"] = new JsonArray("http://127.0.0.1:33418/callback", "https://claude.ai/api/mcp/auth_callback"),
            ["token_endpoint_auth_method"] = "none",
            ["client_name"] = "Claude",
        });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.StartsWith("mcp_", body.Str("client_id"), StringComparison.Ordinal);
        Assert.Null(body["client_secret"]);
        Assert.Equal("none", body.Str("token_endpoint_auth_method"));
        Assert.Equal(2, body["redirect_uris"]!.AsArray().Count);
    }

    [Fact]
    public async Task ConfidentialClient_GetsASecretOnce_AndMustPresentIt()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var (status, body) = await RegisterAsync(h.Client, new JsonObject
        {
            ["redirect_uris"] = new JsonArray(OAuthFlow.RedirectUri), ["token_endpoint_auth_method"] = "client_secret_post",
        });
        Assert.Equal(HttpStatusCode.Created, status);
        var clientId = body.Str("client_id");
        var code = await flow.CodeAsync(clientId);

        var (withoutSecret, refused) = await flow.RedeemAsync(clientId, code);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutSecret);
        Assert.Equal("invalid_client", refused.Str("error"));

        var (withSecret, tokens) = await flow.TokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = clientId, ["client_secret"] = body.Str("client_secret"), ["code"] = await flow.CodeAsync(clientId),
            ["redirect_uri"] = OAuthFlow.RedirectUri, ["code_verifier"] = flow.Verifier, ["resource"] = OAuthFlow.Resource,
        });
        Assert.True(withSecret == HttpStatusCode.OK, tokens.ToJsonString());
    }

    [Theory]
    [InlineData("not a uri", "invalid_redirect_uri")]
    [InlineData("/relative/callback", "invalid_redirect_uri")]
    [InlineData("http://example.com/callback", "invalid_redirect_uri")]
    [InlineData("https://example.com/callback#fragment", "invalid_redirect_uri")]
    [InlineData("https://*.example.com/callback", "invalid_redirect_uri")]
    [InlineData("https://user:pass@example.com/callback", "invalid_redirect_uri")]
    [InlineData("javascript:alert(1)", "invalid_redirect_uri")]
    public async Task BadRedirectUri_IsRefused_AndNothingIsRegistered(string redirectUri, string error)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());

        var (status, body) = await RegisterAsync(h.Client, new JsonObject { ["redirect_uris"] = new JsonArray(redirectUri), ["token_endpoint_auth_method"] = "none" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(error, body.Str("error"));
        Assert.Equal(0, await OAuthFlow.ClientCountAsync(h));
    }

    [Theory]
    [InlineData("""{"token_endpoint_auth_method":"none"}""", "invalid_redirect_uri")]
    [InlineData("""{"redirect_uris":[],"token_endpoint_auth_method":"none"}""", "invalid_redirect_uri")]
    [InlineData("""{"redirect_uris":["https://a.example/cb"],"grant_types":["client_credentials"]}""", "invalid_client_metadata")]
    [InlineData("""{"redirect_uris":["https://a.example/cb"],"response_types":["token"]}""", "invalid_client_metadata")]
    [InlineData("""{"redirect_uris":["https://a.example/cb"],"token_endpoint_auth_method":"private_key_jwt"}""", "invalid_client_metadata")]
    [InlineData("""[1,2]""", "invalid_client_metadata")]
    public async Task BadMetadata_IsRefusedWithTheRfc7591Error(string json, string error)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await h.Client.PostAsync(new Uri("/oauth2/register", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(error, JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct)).Str("error"));
    }

    [Fact]
    public async Task UnregisteredRedirectUri_IsRefusedAtAuthorize_WithoutRedirectingThere()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var clientId = await flow.RegisterClientAsync();
        using var person = WebFormClient.For(h.App);
        await person.SignInAsync("ann@example.com");

        using var answer = await person.GetAsync(flow.AuthorizeUrl(clientId).Replace(Uri.EscapeDataString(OAuthFlow.RedirectUri), Uri.EscapeDataString("https://evil.example/cb"), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
    }

    [Fact]
    public async Task PlainPkce_IsRefused()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var clientId = await flow.RegisterClientAsync();
        using var person = WebFormClient.For(h.App);
        await person.SignInAsync("ann@example.com");

        using var answer = await person.GetAsync(flow.AuthorizeUrl(clientId, challenge: flow.Verifier).Replace("code_challenge_method=S256", "code_challenge_method=plain", StringComparison.Ordinal));

        Assert.Contains("invalid_request", answer.Headers.Location?.Query ?? await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("code=", answer.Headers.Location?.Query ?? string.Empty, StringComparison.Ordinal);
    }
}
