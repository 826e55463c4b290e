using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Hosting;

public sealed class CorsTests
{
    [Theory]
    [InlineData("https://app.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task Preflight_IsAllowedOnlyForConfiguredOrigins(string origin, bool allowed)
    {
        await using var database = new SqliteTestDatabase();
        await using var app = new PierreAppFactory(database, new Dictionary<string, string>
        {
            ["CORS_ALLOWED_ORIGINS"] = "https://app.example, https://other.example",
        });
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/health", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }
}
