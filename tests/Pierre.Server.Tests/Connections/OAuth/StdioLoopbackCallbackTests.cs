using System.Net;
using System.Net.Sockets;
using ModelContextProtocol.Client;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary>
/// The real binary under <c>--stdio</c>, where no HTTP server runs: connecting Strava opens a loopback listener at
/// <c>BASE_URL</c> for the callback, and closes it once the connection is complete.
/// </summary>
public sealed class StdioLoopbackCallbackTests : IDisposable
{
    private static readonly string ServerDll = Path.Combine(AppContext.BaseDirectory, "pierre-mcp-server.dll");
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task ConnectProvider_OverStdio_TheLoopbackListenerTakesTheCallback_AndClosesAfter()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await FakeStravaServer.StartAsync();
        var port = FreePort();
        await using var client = await ConnectAsync(strava, port);

        var started = await StravaConnectFlowTests.CallAsync(client, "connect_provider", new() { ["provider"] = "strava" });
        var authorize = new Uri(started.GetProperty("authorization_url").GetString()!);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(authorize, ct);
        var callback = consent.Headers.Location!;
        using var landed = await browser.GetAsync(callback, ct);
        var page = await landed.Content.ReadAsStringAsync(ct);
        var connected = await OAuthSteps.ConnectedAsync(client);

        Assert.Equal($"http://127.0.0.1:{port}/api/oauth/strava/callback", OAuthServerHarness.Query(authorize)["redirect_uri"]);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Contains("strava is connected", page, StringComparison.Ordinal);
        Assert.Contains("strava", connected);
        Assert.Equal(1, strava.CodeExchanges);
        await AssertClosedAsync(port);
    }

    private static async Task AssertClosedAsync(int port)
    {
        // The listener closes right after answering the completing request; a connection attempt is refused once it has.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"port {port} still accepts connections after the OAuth callback completed");
    }

    private Task<McpClient> ConnectAsync(FakeStravaServer strava, int port)
    {
        var environment = StdioClientTransportOptions.GetDefaultEnvironmentVariables();
        environment["HOME"] = _folder.Combine("home");
        environment["BASE_URL"] = $"http://127.0.0.1:{port}";
        environment["STRAVA_CLIENT_ID"] = strava.ClientId;
        environment["STRAVA_CLIENT_SECRET"] = strava.ClientSecret;
        environment["STRAVA_AUTH_URL"] = strava.AuthUrl.AbsoluteUri;
        environment["STRAVA_TOKEN_URL"] = strava.TokenUrl.AbsoluteUri;
        environment["STRAVA_API_BASE"] = strava.ApiBase.AbsoluteUri;
        environment["STRAVA_DEAUTHORIZE_URL"] = strava.DeauthorizeUrl.AbsoluteUri;
        return McpClient.CreateAsync(
            new StdioClientTransport(new StdioClientTransportOptions
            {
                Command = "dotnet",
                Arguments = [ServerDll, "--stdio"],
                WorkingDirectory = _folder.Path,
                InheritEnvironmentVariables = false,
                EnvironmentVariables = environment,
                Name = "pierre",
            }),
            cancellationToken: TestContext.Current.CancellationToken);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _folder.Dispose();
}
