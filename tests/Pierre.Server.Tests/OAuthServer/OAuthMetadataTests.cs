using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.OAuthServer;

/// <summary>What a client that has only the URL reads to find where and how to sign in.</summary>
public sealed class OAuthMetadataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/.well-known/oauth-authorization-server")]
    [InlineData("/.well-known/openid-configuration")]
    public async Task AuthorizationServerMetadata_OffersTheCodeFlowWithS256_AndNamesEveryEndpointUnderBaseUrl(string path)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["BASE_URL"] = "https://pierre.example.com" });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = "localhost";

        var metadata = JsonNode.Parse(await (await h.Client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct))!;

        Assert.Equal("https://pierre.example.com/", metadata.Str("issuer"));
        Assert.Equal("https://pierre.example.com/oauth2/authorize", metadata.Str("authorization_endpoint"));
        Assert.Equal("https://pierre.example.com/oauth2/token", metadata.Str("token_endpoint"));
        Assert.Equal("https://pierre.example.com/oauth2/revoke", metadata.Str("revocation_endpoint"));
        Assert.Equal("https://pierre.example.com/oauth2/register", metadata.Str("registration_endpoint"));
        Assert.Equal(["S256"], Strings(metadata["code_challenge_methods_supported"]));
        Assert.Equal(["authorization_code", "refresh_token"], Strings(metadata["grant_types_supported"]).Order());
        Assert.Equal(["code"], Strings(metadata["response_types_supported"]));
        Assert.Equal(["fitness:read", "fitness:write", "offline_access"], Strings(metadata["scopes_supported"]).Order());
        Assert.Contains("none", Strings(metadata["token_endpoint_auth_methods_supported"]));
    }

    [Theory]
    [InlineData("/.well-known/oauth-protected-resource")]
    [InlineData("/.well-known/oauth-protected-resource/mcp")]
    public async Task ProtectedResourceMetadata_NamesMcpAsTheResource_AndPierreAsItsAuthorizationServer(string path)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["BASE_URL"] = "https://pierre.example.com" });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = "localhost";

        var metadata = JsonNode.Parse(await (await h.Client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct))!;

        Assert.Equal("https://pierre.example.com/mcp", metadata.Str("resource"));
        Assert.Equal(["https://pierre.example.com"], Strings(metadata["authorization_servers"]));
        Assert.Equal(["fitness:read", "fitness:write"], Strings(metadata["scopes_supported"]));
        Assert.Equal(["header"], Strings(metadata["bearer_methods_supported"]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("pk_live_notakey")]
    [InlineData("eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJ4In0.c2ln")]
    public async Task Mcp_WithoutAWorkingCredential_Is401_WithAChallengeThatPointsToTheMetadata(string? credential)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        using var request = McpRawHttp.Post(credential ?? "x", new StringContent("""{"jsonrpc":"2.0","id":1,"method":"ping"}""", Encoding.UTF8, "application/json"));
        if (credential is null)
        {
            request.Headers.Authorization = null;
        }

        using var response = await h.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("resource_metadata=\"http://localhost/.well-known/oauth-protected-resource/mcp\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains("scope=\"fitness:read fitness:write\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Equal(credential is not null, challenge.Parameter!.Contains("error=\"invalid_token\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RestApi_401_CarriesNoResourceMetadata()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());

        using var response = await h.Client.GetAsync(new Uri("/api/keys", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(response.Headers.WwwAuthenticate, c => c.Parameter?.Contains("resource_metadata", StringComparison.Ordinal) == true);
    }

    private static List<string> Strings(JsonNode? node) => [.. node!.AsArray().Select(n => n!.GetValue<string>())];
}
