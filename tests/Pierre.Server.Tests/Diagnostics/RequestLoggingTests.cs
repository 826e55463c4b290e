using Pierre.Server.Diagnostics;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Diagnostics;

public sealed class RequestLoggingTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private PierreAppFactory _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = new PierreAppFactory(_database);
        return ValueTask.CompletedTask;
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? requestId = null)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (requestId is not null)
        {
            request.Headers.TryAddWithoutValidation(RequestLoggingMiddleware.HeaderName, requestId);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private IReadOnlyList<CapturingLoggerProvider.LogEntry> RequestLogs(string requestId) =>
        [.. _app.Logs.Entries.Where(e => e.Category == typeof(RequestLoggingMiddleware).FullName && Equals(e.State.GetValueOrDefault("RequestId"), requestId))];

    [Fact]
    public async Task Request_WithARequestId_EchoesItAndLogsTheRequestOnce()
    {
        using var response = await GetAsync("/health", "client-req-42");

        Assert.Equal("client-req-42", Assert.Single(response.Headers.GetValues(RequestLoggingMiddleware.HeaderName)));
        var entry = Assert.Single(RequestLogs("client-req-42"));
        Assert.Equal("GET", entry.State["Method"]);
        Assert.Equal("/health", entry.State["Route"]);
        Assert.Equal(200, entry.State["StatusCode"]);
        Assert.IsType<double>(entry.State["DurationMs"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("has spaces and <script>")]
    [InlineData("x-very-long-id-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Request_WithoutAUsableRequestId_GetsAFreshOne(string? sent)
    {
        using var response = await GetAsync("/health", sent);

        var id = Assert.Single(response.Headers.GetValues(RequestLoggingMiddleware.HeaderName));
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Single(RequestLogs(id));
    }

    [Fact]
    public async Task Requests_WithoutAnId_GetDistinctIds_ThatDoNotCountRequests()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await GetAsync("/health");
            ids.Add(Assert.Single(response.Headers.GetValues(RequestLoggingMiddleware.HeaderName)));
        }

        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Single(RequestLogs(id)));
        // A counter would give consecutive requests ids that differ only in their last digits.
        Assert.All(ids.Zip(ids.Skip(1)), pair => Assert.NotEqual(pair.First[..16], pair.Second[..16]));
    }

    [Fact]
    public async Task RequestIds_DrawnOnManyThreadsAtOnce_AreAllDistinct()
    {
        var drawn = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(
            () => Enumerable.Range(0, 20_000).Select(_ => RequestIds.Next()).ToList(), TestContext.Current.CancellationToken)));

        var all = drawn.SelectMany(ids => ids).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, id => Assert.Matches("^[0-9a-f]{32}$", id));
    }

    [Fact]
    public async Task Request_ToAnUnknownPath_Is404AndStillLogged()
    {
        using var response = await GetAsync("/no/such/thing", "missing-1");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, Assert.Single(RequestLogs("missing-1")).State["StatusCode"]);
    }

    [Fact]
    public async Task Request_WithControlCharactersInThePath_LogsThemEscaped()
    {
        using var response = await GetAsync("/no/%1B[31mred%0Anext%7F", "escaped-1");

        var route = Assert.IsType<string>(Assert.Single(RequestLogs("escaped-1")).State["Route"]);
        Assert.DoesNotContain(route, char.IsControl);
        Assert.Equal("/no/\\u001B[31mred\\u000Anext\\u007F", route);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
