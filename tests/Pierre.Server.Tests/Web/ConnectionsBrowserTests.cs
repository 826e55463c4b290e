using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Web;

/// <summary>Connecting a provider from the web UI: Pierre's page, the provider's consent (a local fake of Strava), and back.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class ConnectionsBrowserTests
{
    [Fact]
    public async Task User_ConnectsStravaThroughItsOAuthPages_AndDisconnectsIt()
    {
        await using var strava = await FakeStravaServer.StartAsync();
        await using var h = await BrowserHarness.StartAsync(new()
        {
            ["AUTO_APPROVE_USERS"] = "true",
            ["STRAVA_CLIENT_ID"] = strava.ClientId,
            ["STRAVA_CLIENT_SECRET"] = strava.ClientSecret,
            ["STRAVA_AUTH_URL"] = strava.AuthUrl.AbsoluteUri,
            ["STRAVA_TOKEN_URL"] = strava.TokenUrl.AbsoluteUri,
            ["STRAVA_API_BASE"] = strava.ApiBase.AbsoluteUri,
            ["STRAVA_DEAUTHORIZE_URL"] = strava.DeauthorizeUrl.AbsoluteUri,
        });
        var page = await h.NewPageAsync();
        await page.GotoAsync("/signup");
        await page.GetByLabel("Email").FillAsync("erin@example.com");
        await page.GetByLabel("Password").FillAsync(BrowserHarness.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await page.WaitForURLAsync("**/keys");

        await page.GotoAsync("/connections");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect strava" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "strava is connected" })).ToBeVisibleAsync();
        Assert.Equal(1, strava.CodeExchanges);
        await BrowserHarness.CheckPageAsync(page, "oauth-connected");
        await page.GetByRole(AriaRole.Link, new() { Name = "your connections" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = StravaRow() })).ToContainTextAsync("connected");
        await page.GetByRole(AriaRole.Button, new() { Name = "Disconnect strava" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("strava");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = StravaRow() })).ToContainTextAsync("not connected");
        Assert.Equal(1, strava.Requests(FakeStravaRoutes.Deauthorize));
    }

    [GeneratedRegex("^strava ")]
    private static partial Regex StravaRow();
}
