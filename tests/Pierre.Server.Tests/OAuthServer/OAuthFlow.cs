using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.OAuthServer;

/// <summary>
/// A remote MCP client and the person behind it, over HTTP only: the client registers (RFC 7591), sends the person to
/// <c>/oauth2/authorize</c> with PKCE, the person signs in and allows on the consent page, and the client trades the
/// code for tokens. Each step can be taken alone so that tests can go wrong at any of them.
/// </summary>
public sealed partial class OAuthFlow(IdentityHarness harness, WebFormClient person)
{
    public const string RedirectUri = "http://127.0.0.1:7777/callback";
    public const string Resource = "http://localhost/mcp";

    /// <summary>The settings a harness needs: self-registered users are active, and BASE_URL is the test client's address.</summary>
    public static Dictionary<string, string> Settings() => new() { ["AUTO_APPROVE_USERS"] = "true", ["BASE_URL"] = "http://localhost" };

    public string Verifier { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    public HttpClient Http => harness.Client;

    public static async Task<OAuthFlow> ForNewUserAsync(IdentityHarness harness, string email = "ann@example.com")
    {
        await harness.RegisterAsync(email);
        var person = WebFormClient.For(harness.App);
        using var signedIn = await person.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return new OAuthFlow(harness, person);
    }

    public async Task<string> RegisterClientAsync(string redirectUri = RedirectUri)
    {
        using var response = await Http.PostAsJsonAsync(
            "/oauth2/register", new JsonObject { ["redirect_uris"] = new JsonArray(redirectUri), ["token_endpoint_auth_method"] = "none", ["client_name"] = "Test Assistant" },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken))!.Str("client_id");
    }

    public string AuthorizeUrl(string clientId, string scope = "fitness:read fitness:write", string resource = Resource, string? challenge = null) =>
        "/oauth2/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["response_type"] = "code", ["client_id"] = clientId, ["redirect_uri"] = RedirectUri, ["scope"] = scope, ["state"] = "s-1",
            ["code_challenge"] = challenge ?? Challenge, ["code_challenge_method"] = "S256", ["resource"] = resource,
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>The person allows (or denies) on the consent page; the answer is where the client is sent back to.</summary>
    public async Task<Uri> ConsentAsync(string authorizeUrl, bool allow = true)
    {
        using var toConsent = await person.GetAsync(authorizeUrl);
        Assert.True(toConsent.StatusCode == HttpStatusCode.Redirect, $"{toConsent.StatusCode}: {await toConsent.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        var consentPage = await person.PageAsync(toConsent.Headers.Location!.OriginalString);
        var form = ConsentForm().Match(consentPage);
        Assert.True(form.Success, consentPage);
        var fields = HiddenField().Matches(form.Value).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["decision"] = allow ? "allow" : "deny";
        using var content = new FormUrlEncodedContent(fields);
        using var decided = await person.Http.PostAsync(new Uri("/oauth2/authorize", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.True(decided.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{decided.StatusCode}: {await decided.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return decided.Headers.Location!;
    }

    public async Task<string> CodeAsync(string clientId, string scope = "fitness:read fitness:write")
    {
        var back = await ConsentAsync(AuthorizeUrl(clientId, scope));
        Assert.StartsWith(RedirectUri, back.AbsoluteUri, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(back.Query);
        Assert.Equal("s-1", query["state"].ToString());
        return query["code"].ToString();
    }

    public async Task<(HttpStatusCode Status, JsonNode Body)> TokenAsync(Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await Http.PostAsync(new Uri("/oauth2/token", UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!);
    }

    public Task<(HttpStatusCode Status, JsonNode Body)> RedeemAsync(string clientId, string code, string? verifier = null, string resource = Resource) =>
        TokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = clientId, ["code"] = code, ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier ?? Verifier, ["resource"] = resource,
        });

    public Task<(HttpStatusCode Status, JsonNode Body)> RefreshAsync(string clientId, string refreshToken) =>
        TokenAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = clientId, ["refresh_token"] = refreshToken, ["resource"] = Resource });

    /// <summary>Register, consent, redeem: the tokens a client holds at the end of a good sign-in.</summary>
    public async Task<(string ClientId, string AccessToken, string RefreshToken)> SignInAsync(string scope = "fitness:read fitness:write")
    {
        var clientId = await RegisterClientAsync();
        var (status, body) = await RedeemAsync(clientId, await CodeAsync(clientId, scope));
        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        return (clientId, body.Str("access_token"), body.Str("refresh_token"));
    }

    /// <summary>How many OAuth clients the server has stored (registered or described by a metadata document).</summary>
    public static Task<int> ClientCountAsync(IdentityHarness h) =>
        h.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>(), TestContext.Current.CancellationToken));

    public static Task<(HttpStatusCode Status, JsonNode? Message)> McpAsync(HttpClient client, string accessToken, string json) =>
        McpRawHttp.SendAsync(client, accessToken, json);

    [GeneratedRegex("<form method=\"post\" action=\"/oauth2/authorize\"[\\s\\S]*?</form>")]
    private static partial Regex ConsentForm();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
