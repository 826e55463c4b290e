using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Web;

/// <summary>A remote assistant's sign-in as a person sees it: the login page, the consent page, and back to the assistant.</summary>
[Collection(BrowserTests.Name)]
public sealed class ConsentBrowserTests
{
    private const string Callback = "http://127.0.0.1:7777/callback";

    [Fact]
    public async Task Person_SignsInAndAllows_AndTheAssistantGetsACode_ThenSeesItOnConnections()
    {
        await using var h = await BrowserHarness.StartAsync(new() { ["AUTO_APPROVE_USERS"] = "true" });
        using var http = new HttpClient { BaseAddress = h.BaseUrl };
        var registered = await http.PostAsJsonAsync("/oauth2/register", new JsonObject
        {
            ["redirect_uris"] = new JsonArray(Callback), ["token_endpoint_auth_method"] = "none", ["client_name"] = "Claude",
        }, TestContext.Current.CancellationToken);
        var clientId = (await registered.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken)).Str("client_id");
        var page = await h.NewPageAsync();
        await page.GotoAsync("/signup");
        await page.GetByLabel("Email").FillAsync("erin@example.com");
        await page.GetByLabel("Password").FillAsync(BrowserHarness.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await page.WaitForURLAsync("**/keys");
        string? code = null;
        await page.RouteAsync(Callback + "**", async route =>
        {
            code = new Uri(route.Request.Url).Query;
            await route.FulfillAsync(new() { Status = 200, Body = "back at the assistant" });
        });

        await page.GotoAsync($"/oauth2/authorize?response_type=code&client_id={clientId}&redirect_uri={Uri.EscapeDataString(Callback)}"
            + $"&scope=fitness%3Aread&state=s&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGjSstw-cM&code_challenge_method=S256&resource={Uri.EscapeDataString(new Uri(h.BaseUrl, "mcp").AbsoluteUri)}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Allow Claude to use Pierre?" })).ToBeVisibleAsync();
        await BrowserHarness.CheckPageAsync(page, "oauth-consent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("back at the assistant");

        Assert.Contains("code=", code, StringComparison.Ordinal);
        await page.GotoAsync("/connections");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Assistants signed in with OAuth" })).ToContainTextAsync("Claude");
        await BrowserHarness.CheckPageAsync(page, "connections-assistants");
    }
}
