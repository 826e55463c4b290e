using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pierre.Server.Admin;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Web;

/// <summary>An operator's first minutes in a real browser: setup from the banner's link, then every admin page.</summary>
[Collection(BrowserTests.Name)]
public sealed class AdminBrowserTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Operator_CreatesTheFirstAdminFromTheBannerLink_AndEveryAdminPageIsAccessible(bool phone)
    {
        await using var h = await BrowserHarness.StartAsync();
        string token;
        await using (var scope = h.App.Services.CreateAsyncScope())
        {
            token = (await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().IssueTokenAsync(CancellationToken.None))!;
        }

        var page = await h.NewPageAsync(phone);
        var suffix = phone ? "-phone" : string.Empty;
        await page.GotoAsync($"/setup?token={token}");
        await BrowserHarness.CheckPageAsync(page, "setup" + suffix);
        await page.GetByLabel("Email").FillAsync("root@example.com");
        await page.GetByLabel("Password").FillAsync(BrowserHarness.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create admin" }).ClickAsync();
        await page.WaitForURLAsync("**/manage/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "root@example.com" })).ToContainTextAsync("super_admin");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Tenants and plans" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Running Club");
        await page.GetByLabel("Slug").FillAsync("running-club");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create tenant" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Created Running Club");
        await page.GetByLabel("Plan of Running Club", new() { Exact = true }).SelectOptionAsync("professional");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set plan of Running Club" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Running Club is on the professional plan.");
        await BrowserHarness.CheckPageAsync(page, "manage-tenants" + suffix);

        await page.GotoAsync("/manage/tools");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn off get_activities" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("get_activities is off for this tenant.");
        await BrowserHarness.CheckPageAsync(page, "manage-tools" + suffix);

        await page.GotoAsync("/manage/tokens");
        await page.GetByLabel("Name").FillAsync("backup script");
        await page.GetByLabel(AdminAccess.ViewOperations, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        await Assertions.Expect(page.Locator("#new-token")).ToContainTextAsync("pat_");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "backup script" })).ToContainTextAsync(AdminAccess.ViewOperations);
        await BrowserHarness.CheckPageAsync(page, "manage-tokens" + suffix);

        await page.GotoAsync("/manage/audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Audit events" })).ToContainTextAsync("tenant.plan_changed");
        await BrowserHarness.CheckPageAsync(page, "manage-audit" + suffix);

        foreach (var (path, name) in new[] { ("/", "dashboard-admin"), ("/account", "account"), ("/connections", "connections-admin"), ("/manage/invitations", "manage-invitations-admin"), ("/manage/clients", "manage-clients-admin") })
        {
            await page.GotoAsync(path);
            await BrowserHarness.CheckPageAsync(page, name + suffix);
        }

        // What the pages did is what the server now holds.
        await using (var scope = h.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PierreDbContext>();
            var club = await db.Tenants.SingleAsync(t => t.Slug == "running-club", TestContext.Current.CancellationToken);
            Assert.Equal(TenantPlan.Professional, club.Plan);
            Assert.False(await db.TenantToolOverrides.Where(o => o.ToolName == "get_activities").Select(o => o.Enabled).SingleAsync(TestContext.Current.CancellationToken));
            var created = await db.AdminTokens.SingleAsync(t => t.Name == "backup script", TestContext.Current.CancellationToken);
            Assert.Equal([AdminAccess.ViewOperations], AdminTokenFormat.ParsePermissions(created.Permissions));
        }

        // Keyboard: the skip link is the first stop and leads to the page's content.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
    }
}
