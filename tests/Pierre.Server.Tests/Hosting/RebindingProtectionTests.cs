using System.Net;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Hosting;

public sealed class RebindingProtectionTests
{
    [Theory]
    [InlineData("evil.example", null, HttpStatusCode.BadRequest)]
    [InlineData("localhost", "http://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("localhost", "http://localhost:6274", HttpStatusCode.Unauthorized)]
    [InlineData("pierre.example", "https://pierre.example", HttpStatusCode.Unauthorized)]
    public async Task Mcp_FromAForeignHostOrOrigin_IsRefused(string host, string? origin, HttpStatusCode expected)
    {
        await using var database = new SqliteTestDatabase();
        await using var app = new PierreAppFactory(database, new Dictionary<string, string> { ["BASE_URL"] = "https://pierre.example" });
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
}
