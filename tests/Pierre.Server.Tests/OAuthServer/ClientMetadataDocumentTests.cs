using System.Net;
using Pierre.Server.OAuthServer;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.OAuthServer;

/// <summary>A client identified by the URL of its metadata document, served by the test on loopback.</summary>
public sealed class ClientMetadataDocumentTests
{
    private static Dictionary<string, string> Settings(bool allowLoopback = true)
    {
        var settings = OAuthFlow.Settings();
        settings["PIERRE_OAUTH_ALLOW_LOOPBACK_CLIENTS"] = allowLoopback ? "true" : "false";
        return settings;
    }

    [Fact]
    public async Task DocumentClient_SignsInWithoutRegistering_AndGetsTokensThatWorkOnMcp()
    {
        await using var site = await ClientDocumentServer.StartAsync();
        site.Document = site.DocumentFor(OAuthFlow.RedirectUri);
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var clientId = site.DocumentUrl.AbsoluteUri;

        var (status, tokens) = await flow.RedeemAsync(clientId, await flow.CodeAsync(clientId));

        Assert.True(status == HttpStatusCode.OK, tokens.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, (await OAuthFlow.McpAsync(h.Client, tokens.Str("access_token"), """{"jsonrpc":"2.0","id":1,"method":"ping"}""")).Status);
        Assert.Equal(1, site.Fetches);
    }

    [Fact]
    public async Task Metadata_SaysDocumentsAreSupported()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, Settings());

        var (_, metadata, _) = await Api.GetAsync(h.Client, "/.well-known/oauth-authorization-server");

        Assert.True(metadata!["client_id_metadata_document_supported"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("wrong-id")]
    [InlineData("unlisted-redirect")]
    [InlineData("not-found")]
    [InlineData("not-json")]
    [InlineData("too-large")]
    [InlineData("confidential")]
    public async Task BadDocument_IsRefused_AndNoClientIsStored(string what)
    {
        await using var site = await ClientDocumentServer.StartAsync();
        site.Document = what switch
        {
            "wrong-id" => site.DocumentFor(OAuthFlow.RedirectUri, clientId: "https://other.example/client.json"),
            "unlisted-redirect" => site.DocumentFor("http://127.0.0.1:9999/elsewhere"),
            "not-found" => null,
            "not-json" => "<html>hello</html>",
            "too-large" => site.DocumentFor(OAuthFlow.RedirectUri, name: new string('x', ClientMetadataDocuments.MaxDocumentBytes)),
            _ => site.DocumentFor(OAuthFlow.RedirectUri).Replace("\"none\"", "\"client_secret_basic\"", StringComparison.Ordinal),
        };
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        using var person = WebFormClient.For(h.App);
        await person.SignInAsync("ann@example.com");

        using var answer = await person.GetAsync(flow.AuthorizeUrl(site.DocumentUrl.AbsoluteUri));

        // An unusable document is an unknown client (invalid_client, 401); a usable one whose list lacks the redirect URI
        // is a bad request. Neither sends the browser to the redirect URI.
        Assert.Equal(what == "unlisted-redirect" ? HttpStatusCode.BadRequest : HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        Assert.Equal(what == "unlisted-redirect" ? 1 : 0, await OAuthFlow.ClientCountAsync(h));
    }

    [Fact]
    public async Task LoopbackDocument_IsNotFetched_WhenTheSettingIsOff()
    {
        await using var site = await ClientDocumentServer.StartAsync();
        site.Document = site.DocumentFor(OAuthFlow.RedirectUri);
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, Settings(allowLoopback: false));
        var flow = await OAuthFlow.ForNewUserAsync(h);
        using var person = WebFormClient.For(h.App);
        await person.SignInAsync("ann@example.com");

        using var answer = await person.GetAsync(flow.AuthorizeUrl(site.DocumentUrl.AbsoluteUri));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(0, site.Fetches);
        Assert.Equal(0, await OAuthFlow.ClientCountAsync(h));
    }

    [Fact]
    public async Task HttpsDocumentOnALoopbackName_IsRefusedBeforeAnyConnection()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, Settings(allowLoopback: false));
        var flow = await OAuthFlow.ForNewUserAsync(h);
        using var person = WebFormClient.For(h.App);
        await person.SignInAsync("ann@example.com");

        using var answer = await person.GetAsync(flow.AuthorizeUrl("https://localhost:1/oauth/client.json"));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Contains("does not fetch client documents from", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("93.184.215.14", true)]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c", true)]
    public void OnlyPublicAddresses_AreFetchedFrom(string address, bool allowed) =>
        Assert.Equal(allowed, ClientMetadataDocuments.Allowed(IPAddress.Parse(address), loopbackAllowed: false));
}
