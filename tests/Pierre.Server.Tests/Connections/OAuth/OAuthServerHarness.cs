using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using ModelContextProtocol.Client;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary>
/// The whole server with Strava and Fitbit configured against local fakes, and a browser that follows the OAuth
/// redirects: from Pierre's <c>/auth</c> route to the fake's consent page and back to Pierre's callback.
/// </summary>
internal sealed class OAuthServerHarness : IAsyncDisposable
{
    /// <summary>The in-process server's own address, so the callback the fakes redirect to comes back to it.</summary>
    public const string BaseUrl = "http://localhost";

    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false });

    private OAuthServerHarness(IdentityHarness server, FakeStravaServer strava, FakeFitbitServer fitbit)
    {
        Server = server;
        Pierre = server.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Strava = strava;
        Fitbit = fitbit;
    }

    public IdentityHarness Server { get; }

    /// <summary>A client of the server that shows redirects instead of following them.</summary>
    public HttpClient Pierre { get; }

    public FakeStravaServer Strava { get; }

    public FakeFitbitServer Fitbit { get; }

    public static async Task<OAuthServerHarness> StartAsync(string database = TestDatabases.Sqlite, Action<IServiceCollection>? services = null)
    {
        var strava = await FakeStravaServer.StartAsync();
        var fitbit = await FakeFitbitServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string>
        {
            ["AUTO_APPROVE_USERS"] = "true",
            ["BASE_URL"] = BaseUrl,
            ["STRAVA_CLIENT_ID"] = strava.ClientId,
            ["STRAVA_CLIENT_SECRET"] = strava.ClientSecret,
            ["STRAVA_AUTH_URL"] = strava.AuthUrl.AbsoluteUri,
            ["STRAVA_TOKEN_URL"] = strava.TokenUrl.AbsoluteUri,
            ["STRAVA_API_BASE"] = strava.ApiBase.AbsoluteUri,
            ["STRAVA_DEAUTHORIZE_URL"] = strava.DeauthorizeUrl.AbsoluteUri,
            ["FITBIT_CLIENT_ID"] = fitbit.ClientId,
            ["FITBIT_CLIENT_SECRET"] = fitbit.ClientSecret,
            ["FITBIT_AUTH_URL"] = fitbit.AuthUrl.AbsoluteUri,
            ["FITBIT_TOKEN_URL"] = fitbit.TokenUrl.AbsoluteUri,
            ["FITBIT_API_BASE"] = fitbit.ApiBase.AbsoluteUri,
            ["FITBIT_REVOKE_URL"] = fitbit.RevokeUrl.AbsoluteUri,
        };
        var server = await IdentityHarness.StartAsync(database, settings, registered =>
        {
            // Retries back off in milliseconds so failure tests stay fast; everything else is the production pipeline.
            registered.PostConfigureAll<HttpStandardResilienceOptions>(o => o.Retry.Delay = TimeSpan.FromMilliseconds(10));
            services?.Invoke(registered);
        });
        return new OAuthServerHarness(server, strava, fitbit);
    }

    /// <summary>A new active user: their access token, API key and an MCP client acting as them.</summary>
    public async Task<OAuthUser> UserAsync(string email)
    {
        await Server.RegisterAsync(email);
        var token = (await Server.LoginAsync(email)).Str("access_token");
        var key = await Server.CreateKeyAsync(token);
        return new OAuthUser(token, key, await McpTestClient.ConnectAsync(Server.App, key));
    }

    /// <summary>Pierre's <c>/auth</c> route: the provider's authorize URL it redirects to.</summary>
    public async Task<Uri> AuthorizeUrlAsync(string provider, string accessToken)
    {
        var (status, _, response) = await Pierre.GetAsync($"/api/oauth/{provider}/auth", accessToken);
        Assert.True(status == HttpStatusCode.Redirect, $"/api/oauth/{provider}/auth answered {(int)status}");
        return response.Headers.Location!;
    }

    /// <summary>The user at the provider's consent page: where the provider sends them back to.</summary>
    public async Task<Uri> ConsentAsync(Uri authorizeUrl)
    {
        using var response = await _browser.GetAsync(authorizeUrl, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var callback = response.Headers.Location!;
        Assert.StartsWith($"{BaseUrl}/api/oauth/", callback.AbsoluteUri, StringComparison.Ordinal);
        return callback;
    }

    /// <summary>The provider's redirect landing on Pierre's callback: the status and the page shown.</summary>
    public async Task<(HttpStatusCode Status, string Page)> CallbackAsync(Uri callback)
    {
        using var response = await Pierre.GetAsync(callback.PathAndQuery, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The whole connection, as a user clicking through it.</summary>
    public async Task<(HttpStatusCode Status, string Page)> ConnectAsync(string provider, OAuthUser user) =>
        await CallbackAsync(await ConsentAsync(await AuthorizeUrlAsync(provider, user.AccessToken)));

    public static Dictionary<string, string?> Query(Uri uri) =>
        QueryHelpers.ParseQuery(uri.Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());

    public async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        Pierre.Dispose();
        await Server.DisposeAsync();
        await Strava.DisposeAsync();
        await Fitbit.DisposeAsync();
    }
}

/// <summary>A user of the harness: their session token, API key, and an MCP client acting as them.</summary>
internal sealed record OAuthUser(string AccessToken, string ApiKey, McpClient Mcp) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Mcp.DisposeAsync();
}
