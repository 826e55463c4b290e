using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Mcp;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

public sealed class AgentCardTests
{
    private const string AgentCardPath = "/.well-known/agent-card.json";
    private static readonly string[] SkillIds = ["connections", "data", "analysis", "goals", "configuration", "recovery", "nutrition"];

    private static async Task<(HttpResponseMessage Response, JsonObject Card)> CardAsync(HttpClient client, string path, string? version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (version is not null)
        {
            request.Headers.Add("A2A-Version", version);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {text}");
        return (response, JsonNode.Parse(text)!.AsObject());
    }

    private static JsonObject Scheme(JsonObject card, string type) =>
        card["securitySchemes"]!.AsObject().Select(s => s.Value!.AsObject()).Single(s => s["type"]?.GetValue<string>() == type);

    [Theory]
    [InlineData("/.well-known/agent-card.json")]
    [InlineData("/a2a/agent-card")]
    public async Task Card_WithoutVersionHeader_IsThePublic03Card(string path)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);

        var (response, card) = await CardAsync(h.Client, path, version: null);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("A2A-Version", response.Headers.Vary);
        Assert.Equal("Pierre", card["name"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(card["description"]!.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(card["version"]!.GetValue<string>()));
        Assert.Equal("0.3.0", card["protocolVersion"]!.GetValue<string>());
        Assert.EndsWith("/a2a", card["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("JSONRPC", card["preferredTransport"]!.GetValue<string>());
        Assert.True(card["capabilities"]!["streaming"]!.GetValue<bool>());
        var apiKey = Scheme(card, "apiKey");
        Assert.Equal("header", apiKey["in"]!.GetValue<string>());
        Assert.Equal("X-API-Key", apiKey["name"]!.GetValue<string>());
        Assert.Equal("bearer", Scheme(card, "http")["scheme"]!.GetValue<string>().ToLowerInvariant());
        Assert.Null(card["supportedInterfaces"]);
    }

    [Theory]
    [InlineData("/.well-known/agent-card.json")]
    [InlineData("/a2a/agent-card")]
    public async Task Card_WithVersion10_IsThe10CardWithBoth03Fields(string path)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);

        var (response, card) = await CardAsync(h.Client, path, "1.0");

        Assert.Contains("A2A-Version", response.Headers.Vary);
        var interfaces = card["supportedInterfaces"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(["1.0", "0.3"], interfaces.Select(i => i["protocolVersion"]!.GetValue<string>()));
        Assert.All(interfaces, i =>
        {
            Assert.Equal("JSONRPC", i["protocolBinding"]!.GetValue<string>());
            Assert.EndsWith("/a2a", i["url"]!.GetValue<string>(), StringComparison.Ordinal);
        });
        var apiKey = card["securitySchemes"]!["apiKey"]!["apiKeySecurityScheme"]!;
        Assert.Equal("X-API-Key", apiKey["name"]!.GetValue<string>());
        Assert.Equal("header", apiKey["location"]!.GetValue<string>());
        Assert.NotNull(card["securitySchemes"]!["bearer"]!["httpAuthSecurityScheme"]);
        Assert.NotEmpty(card["securityRequirements"]!.AsArray());
        Assert.EndsWith("/a2a", card["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("JSONRPC", card["preferredTransport"]!.GetValue<string>());
        Assert.True(card["capabilities"]!["streaming"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1.0")]
    public async Task Skills_AreTheSevenToolGroups_EachTaggedWithExactlyItsTools(string? version)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var catalog = h.App.Services.GetRequiredService<ToolCatalog>();

        var (_, card) = await CardAsync(h.Client, AgentCardPath, version);

        var skills = card["skills"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(SkillIds, skills.Select(s => s["id"]!.GetValue<string>()));
        foreach (var skill in skills)
        {
            var group = ToolGroupInfo.ById(skill["id"]!.GetValue<string>())!.Group;
            var expected = catalog.Names.Where(n => catalog.ByName[n].Group == group).Order(StringComparer.Ordinal);
            Assert.Equal(expected, skill["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Order(StringComparer.Ordinal));
            var examples = skill["examples"]!.AsArray();
            Assert.NotEmpty(examples);
            Assert.All(examples, e => Assert.False(string.IsNullOrWhiteSpace(e!.GetValue<string>())));
            Assert.False(string.IsNullOrWhiteSpace(skill["name"]!.GetValue<string>()));
        }

        var tagged = skills.SelectMany(s => s["tags"]!.AsArray().Select(t => t!.GetValue<string>())).ToList();
        Assert.Equal(catalog.Names, tagged.Order(StringComparer.Ordinal));
        Assert.Equal(tagged.Count, tagged.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Card_UsesBaseUrl_ForItsEndpoints()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["BASE_URL"] = "https://pierre.example.com" });

        var (_, v03) = await CardAsync(h.Client, AgentCardPath, version: null);
        var (_, v1) = await CardAsync(h.Client, AgentCardPath, "1.0");

        Assert.Equal("https://pierre.example.com/a2a", v03["url"]!.GetValue<string>());
        Assert.Equal("https://pierre.example.com/a2a", v1["url"]!.GetValue<string>());
        Assert.All(v1["supportedInterfaces"]!.AsArray(), i => Assert.Equal("https://pierre.example.com/a2a", i!["url"]!.GetValue<string>()));
    }
}
