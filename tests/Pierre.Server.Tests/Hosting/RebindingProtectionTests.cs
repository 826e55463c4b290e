using System.Net;
using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Hosting;

public sealed class RebindingProtectionTests
{
    [Theory]
    [InlineData("evil.example", null, HttpStatusCode.BadRequest)]
    [InlineData("localhost", "http://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("localhost", "http://localhost:6274", HttpStatusCode.Forbidden)]
    [InlineData("localhost", "http://localhost:9999", HttpStatusCode.Forbidden)]
    [InlineData("localhost", "https://localhost:8081", HttpStatusCode.Forbidden)]
    [InlineData("localhost", "http://localhost:8081", HttpStatusCode.Unauthorized)]
    [InlineData("localhost", "http://127.0.0.1:8081", HttpStatusCode.Unauthorized)]
    [InlineData("pierre.example", "https://pierre.example", HttpStatusCode.Unauthorized)]
    [InlineData("pierre.example", "https://pierre.example:443", HttpStatusCode.Unauthorized)]
    [InlineData("pierre.example", "https://pierre.example:8443", HttpStatusCode.Forbidden)]
    [InlineData("pierre.example", "http://pierre.example", HttpStatusCode.Forbidden)]
    [InlineData("pierre.example", "https://app.example:3000", HttpStatusCode.Unauthorized)]
    [InlineData("pierre.example", "https://app.example", HttpStatusCode.Forbidden)]
    [InlineData("pierre.example", "null", HttpStatusCode.Forbidden)]
    public async Task Mcp_FromAForeignHostOrOrigin_IsRefused(string host, string? origin, HttpStatusCode expected)
    {
        await using var database = new SqliteTestDatabase();
        await using var app = new PierreAppFactory(database, new Dictionary<string, string>
        {
            ["BASE_URL"] = "https://pierre.example",
            ["CORS_ALLOWED_ORIGINS"] = "https://app.example:3000",
        });
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/mcp", UriKind.Relative));
        request.Headers.Host = host;
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Request_WithAForeignHost_IsAProblemDetails()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = new PierreAppFactory(database);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health", UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("invalid_request", body.Str("code"));
        Assert.Equal(400, body!["status"]!.GetValue<int>());
    }
}
