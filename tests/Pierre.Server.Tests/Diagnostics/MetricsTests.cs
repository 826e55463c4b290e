using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Diagnostics;

/// <summary><c>/metrics</c>: who may scrape it, and that its series follow the traffic.</summary>
public sealed class MetricsTests
{
    private static readonly Dictionary<string, string> AutoApprove = new() { ["AUTO_APPROVE_USERS"] = "true" };

    private static async Task<(HttpStatusCode Status, string Text)> ScrapeAsync(HttpClient client, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The value of the first series of <paramref name="metric"/> carrying every label given, or 0 when none does.</summary>
    private static double Series(string exposition, string metric, params string[] labels)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(metric + "{", StringComparison.Ordinal) && labels.All(l => line.Contains(l, StringComparison.Ordinal)))
            {
                var value = line[(line.LastIndexOf('}') + 2)..].Split(' ')[0];
                return double.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static async Task<string> AdminTokenAsync(IdentityHarness h, string root, params string[] permissions)
    {
        var (status, body, _) = await h.Client.PostAsync("/admin/tokens", new { name = "ops", permissions }, root);
        Assert.Equal(HttpStatusCode.Created, status);
        return body.Str("token");
    }

    [Fact]
    public async Task Metrics_AnswersOnlyCallersWhoSeeEveryTenantsOperations()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, AutoApprove);
        var root = await h.SuperAdminTokenAsync();
        var operations = await AdminTokenAsync(h, root, "view_operations");
        var usersOnly = await AdminTokenAsync(h, root, "manage_users");
        await h.RegisterAsync("ann@example.com");
        var user = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var agent = await A2ATestClient.RegisterAgentAsync(h, user, "data");
        var tenant = await h.DbAsync(db => db.Tenants.SingleAsync(t => t.Slug == Tenant.DefaultSlug));
        await h.AddUserToTenantAsync(tenant.Id, "admin@example.com", UserRole.Admin);
        var tenantAdmin = (await h.LoginAsync("admin@example.com")).Str("access_token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await ScrapeAsync(h.Client)).Status);
        foreach (var (who, bearer) in new[] { ("user", user), ("token without view_operations", usersOnly), ("agent key", agent.Key) })
        {
            Assert.True((await ScrapeAsync(h.Client, bearer)).Status == HttpStatusCode.Forbidden, who);
        }

        var (adminStatus, adminBody) = await ScrapeAsync(h.Client, tenantAdmin);
        Assert.Equal(HttpStatusCode.Forbidden, adminStatus);
        Assert.Contains("/api/dashboard", adminBody, StringComparison.Ordinal);
        foreach (var bearer in new[] { root, operations })
        {
            var (status, text) = await ScrapeAsync(h.Client, bearer);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("# TYPE pierre_http_request_duration_seconds histogram", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RequestCounter_ForARoute_GrowsWithItsTraffic_BesideTheRuntimeAndAspNetCoreMeters()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, AutoApprove);
        var root = await h.SuperAdminTokenAsync();
        // The group's pattern for GET /api/keys is "/api/keys/".
        string[] keysOk = ["http_route=\"/api/keys/\"", "http_request_method=\"GET\"", "http_response_status_code=\"200\""];
        await h.Client.GetAsync("/api/keys", root);

        var (_, before) = await ScrapeAsync(h.Client, root);
        var first = Series(before, "pierre_http_request_duration_seconds_count", keysOk);
        Assert.True(first >= 1, $"no series for GET /api/keys in:\n{before}");
        Assert.Contains("pierre_http_request_duration_seconds_bucket{", before, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", before, StringComparison.Ordinal);
        // Pierre's own histogram is the request series: ASP.NET Core's would record every request a second time.
        Assert.DoesNotContain("http_server_request_duration_seconds", before, StringComparison.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            await h.Client.GetAsync("/api/keys", root);
        }

        await h.Client.GetAsync("/no/such/path/abc123", root);
        var (_, after) = await ScrapeAsync(h.Client, root);
        Assert.True(Series(after, "pierre_http_request_duration_seconds_count", keysOk) >= first + 3);
        Assert.True(Series(after, "pierre_http_request_duration_seconds_count", "http_route=\"(unmatched)\"") >= 1);
        Assert.DoesNotContain("abc123", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_CountOnlyThisHostsTraffic_AndOutliveAnotherHostInTheProcessStopping()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, AutoApprove);
        var root = await h.SuperAdminTokenAsync();
        var other = await IdentityHarness.StartAsync(TestDatabases.Sqlite, AutoApprove);
        var otherRoot = await other.SuperAdminTokenAsync();
        string[] keysOk = ["http_route=\"/api/keys/\"", "http_response_status_code=\"200\""];
        for (var i = 0; i < 5; i++)
        {
            await other.Client.GetAsync("/api/keys", otherRoot);
        }

        await h.Client.GetAsync("/api/keys", root);
        Assert.Equal(1, Series((await ScrapeAsync(h.Client, root)).Text, "pierre_http_request_duration_seconds_count", keysOk));

        // A host's meters end with it; the series of the host still running must not end with them.
        await other.DisposeAsync();
        for (var scrape = 0; scrape < 3; scrape++)
        {
            await h.Client.GetAsync("/api/keys", root);
            var (_, text) = await ScrapeAsync(h.Client, root);
            Assert.Equal(2 + scrape, Series(text, "pierre_http_request_duration_seconds_count", keysOk));
        }
    }

    [Fact]
    public async Task ToolCall_OverMcp_IsCountedByToolTransportAndOutcome()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, AutoApprove);
        var root = await h.SuperAdminTokenAsync();
        await using var client = await McpTestClient.ForNewUserAsync(h);
        string[] labels = ["tool=\"get_connection_status\"", "transport=\"http\"", "outcome=\"ok\""];
        var (_, before) = await ScrapeAsync(h.Client, root);

        await client.CallToolAsync("get_connection_status", cancellationToken: TestContext.Current.CancellationToken);
        await client.CallToolAsync("get_connection_status", cancellationToken: TestContext.Current.CancellationToken);

        var (_, after) = await ScrapeAsync(h.Client, root);
        Assert.True(Series(after, "pierre_tool_call_duration_seconds_count", labels) >= Series(before, "pierre_tool_call_duration_seconds_count", labels) + 2, after);
        Assert.True(Series(after, "pierre_tool_call_duration_seconds_count", "tool=\"connect_provider\"", "transport=\"http\"") >= 1);
        Assert.Contains("pierre_tool_call_duration_seconds_count{", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolCall_OverTcp_IsCountedWithTheTcpTransport()
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var root = await h.SuperAdminTokenAsync();
        using var tcp = await TcpMcpServer.InitializedAsync(port, key);
        string[] ok = ["tool=\"get_connection_status\"", "transport=\"tcp\"", "outcome=\"ok\""];
        string[] failed = ["tool=\"connect_provider\"", "transport=\"tcp\"", "outcome=\"error\""];

        await tcp.RequestAsync(2, "tools/call", TcpMcpServer.Call("get_connection_status"));
        await tcp.RequestAsync(3, "tools/call", TcpMcpServer.Call("connect_provider", new() { ["provider"] = "no_such_provider" }));

        var (_, after) = await ScrapeAsync(h.Client, root);
        Assert.Equal(1, Series(after, "pierre_tool_call_duration_seconds_count", ok));
        Assert.Equal(1, Series(after, "pierre_tool_call_duration_seconds_count", failed));
        Assert.Equal(0, Series(after, "pierre_tool_call_duration_seconds_count", "transport=\"http\""));
    }

    [Fact]
    public async Task MetricsPort_ServesWithoutCredentialsOnLoopback_AndTheMainPortStillAsks()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var (httpPort, metricsPort) = (FreePort(), FreePort());
        await using var app = new PierreAppFactory(database, new Dictionary<string, string>
        {
            ["PIERRE_HTTP_PORT"] = httpPort.ToString(CultureInfo.InvariantCulture),
            ["PIERRE_METRICS_PORT"] = metricsPort.ToString(CultureInfo.InvariantCulture),
        });
        app.UseKestrel();
        app.StartServer();
        using var http = new HttpClient();
        using var health = await http.GetAsync(new Uri($"http://127.0.0.1:{httpPort}/health"), TestContext.Current.CancellationToken);

        using var onMetricsPort = await http.GetAsync(new Uri($"http://127.0.0.1:{metricsPort}/metrics"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, onMetricsPort.StatusCode);
        var exposition = await onMetricsPort.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("pierre_http_request_duration_seconds_count", exposition, StringComparison.Ordinal);
        Assert.Contains("kestrel_active_connections", exposition, StringComparison.Ordinal);
        using var onMainPort = await http.GetAsync(new Uri($"http://127.0.0.1:{httpPort}/metrics"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, onMainPort.StatusCode);

        // A Host header naming the metrics port does not open the main port.
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{httpPort}/metrics"));
        spoofed.Headers.Host = $"localhost:{metricsPort}";
        using var refused = await http.SendAsync(spoofed, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
