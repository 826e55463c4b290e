using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Web;

/// <summary>What a person does in the web UI, in a real browser: every page on the way is checked with axe-core.</summary>
[Collection(BrowserTests.Name)]
public sealed class BrowserJourneyTests
{
    [Fact]
    public async Task NewUser_FromSignUpToACopiedMcpConfiguration_ThatWorksWithTheMcpClient()
    {
        await using var h = await BrowserHarness.StartAsync(new() { ["AUTO_APPROVE_USERS"] = "true" });
        var page = await h.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await BrowserHarness.CheckPageAsync(page, "login");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign up" }).ClickAsync();
        await BrowserHarness.CheckPageAsync(page, "signup");
        await page.GetByLabel("Name").FillAsync("Ann");
        await page.GetByLabel("Email").FillAsync("ann@example.com");
        await page.GetByLabel("Password").FillAsync(BrowserHarness.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await page.WaitForURLAsync("**/keys");
        await BrowserHarness.CheckPageAsync(page, "keys");

        await page.GetByLabel("Name").FillAsync("Claude Desktop");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your new key: copy it now" }).WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "an enhanced form updates the page in place");
        await BrowserHarness.CheckPageAsync(page, "keys-created");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy Claude Desktop (claude_desktop_config.json, through mcp-remote)" }).ClickAsync();
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        // The pasted configuration is all a client needs: its URL and key reach the server's tools.
        var pierre = JsonNode.Parse(copied)!["mcpServers"]!["pierre"]!;
        var url = new Uri(pierre["args"]![2]!.GetValue<string>());
        var key = pierre["env"]!["PIERRE_API_KEY"]!.GetValue<string>();
        Assert.Equal(new Uri(h.BaseUrl, "/mcp"), url);
        await using var client = await McpTestClient.ConnectAsync(url, key);
        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(tools, t => t.Name == "get_activities");
        var connected = await client.CallToolAsync(
            "connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEqual(true, connected.IsError);

        // The key's first use shows on the keys page (usage is written within a second), and the connection on the connections page.
        await BrowserHarness.ReloadUntilAsync(page, "/keys", async () =>
            !(await page.GetByRole(AriaRole.Row, new() { Name = "Claude Desktop" }).InnerTextAsync()).Contains("never", StringComparison.Ordinal));
        await page.GotoAsync("/connections");
        await BrowserHarness.CheckPageAsync(page, "connections");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "synthetic" })).ToContainTextAsync("connected");
    }

    [Fact]
    public async Task Admin_InvitesAUser_WhoJoinsThroughTheLink_AndIsActiveAtOnce()
    {
        await using var h = await BrowserHarness.StartAsync();
        await h.CreateSuperAdminAsync("root@example.com");
        var admin = await h.NewPageAsync();
        await BrowserHarness.SignInAsync(admin, "root@example.com");
        await admin.GotoAsync("/manage/invitations");
        await BrowserHarness.CheckPageAsync(admin, "manage-invitations");
        await admin.GetByLabel("Email").FillAsync("bob@example.com");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
        var link = await admin.Locator("#invitation-link").InnerTextAsync();
        await BrowserHarness.CheckPageAsync(admin, "manage-invitation-created");

        var bob = await h.NewPageAsync();
        await bob.GotoAsync(link.Trim());
        await BrowserHarness.CheckPageAsync(bob, "signup-invited");
        await bob.GetByLabel("Name").FillAsync("Bob");
        await bob.GetByLabel("Email").FillAsync("bob@example.com");
        await bob.GetByLabel("Password").FillAsync(BrowserHarness.Password);
        await bob.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await bob.WaitForURLAsync("**/keys");
        await bob.GotoAsync("/");
        await Assertions.Expect(bob.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        await BrowserHarness.CheckPageAsync(bob, "dashboard");

        await admin.GotoAsync("/manage/invitations");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = "bob@example.com" })).ToContainTextAsync("used");
    }

    [Fact]
    public async Task Admin_ApprovesAPendingSelfRegisteredUser_WhosePageMovesOnByItself()
    {
        await using var h = await BrowserHarness.StartAsync();
        await h.CreateSuperAdminAsync("root@example.com");
        var carol = await h.NewPageAsync(phone: true);
        await carol.GotoAsync("/signup");
        await carol.GetByLabel("Email").FillAsync("carol@example.com");
        await carol.GetByLabel("Password").FillAsync(BrowserHarness.Password);
        await carol.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await carol.WaitForURLAsync("**/waiting");
        await Assertions.Expect(carol.GetByRole(AriaRole.Status)).ToContainTextAsync("waiting for an administrator's approval");
        await Assertions.Expect(carol.Locator("[data-await-approval]")).ToHaveAttributeAsync("data-live", "connected");
        await BrowserHarness.CheckPageAsync(carol, "waiting-phone");
        await carol.GotoAsync("/keys");
        Assert.EndsWith("/waiting", carol.Url, StringComparison.Ordinal);
        await Assertions.Expect(carol.Locator("[data-await-approval]")).ToHaveAttributeAsync("data-live", "connected");

        var admin = await h.NewPageAsync();
        await BrowserHarness.SignInAsync(admin, "root@example.com");
        await admin.GotoAsync("/manage/users?status=pending");
        await BrowserHarness.CheckPageAsync(admin, "manage-users");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve carol@example.com" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("carol@example.com is approved");

        // Carol's page heard the approval over /ws and moved on to her dashboard, with nobody reloading it.
        await Assertions.Expect(carol.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await BrowserHarness.CheckPageAsync(carol, "dashboard-phone");
    }

    [Fact]
    public async Task User_WatchesTheirUsageUpdateLive_AfterAToolCall()
    {
        await using var h = await BrowserHarness.StartAsync(new() { ["AUTO_APPROVE_USERS"] = "true" });
        var page = await h.NewPageAsync();
        await page.GotoAsync("/signup");
        await page.GetByLabel("Email").FillAsync("dana@example.com");
        await page.GetByLabel("Password").FillAsync(BrowserHarness.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await page.WaitForURLAsync("**/keys");
        await page.GetByLabel("Name").FillAsync("laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var key = (await page.Locator("#new-key").InnerTextAsync()).Trim();

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#usage")).ToHaveAttributeAsync("data-live", "connected");
        var before = await page.GetByTestId("month-requests").InnerTextAsync();
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await using (var client = await McpTestClient.ConnectAsync(new Uri(h.BaseUrl, "/mcp"), key))
        {
            await client.CallToolAsync(
                "connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: TestContext.Current.CancellationToken);
        }

        // The panel changes without a reload: the socket said so, and the page fetched the new figures.
        await Assertions.Expect(page.GetByTestId("month-requests")).Not.ToHaveTextAsync(before, new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Latest tool calls" })).ToContainTextAsync("connect_provider");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        await BrowserHarness.CheckPageAsync(page, "dashboard-live");
    }
}
