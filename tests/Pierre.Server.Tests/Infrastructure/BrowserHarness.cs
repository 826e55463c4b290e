using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pierre.Server.Admin;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// The whole server on Kestrel at 127.0.0.1, and Debian's Chromium driven by Playwright (never a downloaded browser).
/// Every page a test visits is checked with axe-core and photographed into the ignored TestResults folder.
/// </summary>
public sealed class BrowserHarness : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Password = "correct horse 1";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly ConcurrentDictionary<IPage, ConcurrentQueue<string>> CspViolations = new();

    private readonly TestDatabase _database;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserHarness(TestDatabase database, PierreAppFactory app, Uri baseUrl, IPlaywright playwright, IBrowser browser)
    {
        (_database, App, BaseUrl, _playwright, _browser) = (database, app, baseUrl, playwright, browser);
    }

    public PierreAppFactory App { get; }

    public Uri BaseUrl { get; }

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<BrowserHarness> StartAsync(Dictionary<string, string>? settings = null)
    {
        Assert.SkipUnless(File.Exists(ChromiumPath), $"browser tests need Debian's Chromium at {ChromiumPath} (apt-get install chromium; .ci/run installs it)");
        var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var port = FreePort().ToString(CultureInfo.InvariantCulture);
        var merged = new Dictionary<string, string>
        {
            ["PIERRE_HTTP_PORT"] = port,
            ["BASE_URL"] = $"http://127.0.0.1:{port}",
            ["PIERRE_AUTH_RATE_LIMIT_PER_MINUTE"] = "1000",
        };
        foreach (var (key, value) in settings ?? [])
        {
            merged[key] = value;
        }

        var app = new PierreAppFactory(database, merged);
        app.UseKestrel();
        app.StartServer();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        return new BrowserHarness(database, app, new Uri($"http://127.0.0.1:{port}"), playwright, browser);
    }

    /// <summary>A fresh browser profile (its own cookies), at a desktop or a phone's size.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 375, Height = 740 } : new ViewportSize { Width = 1280, Height = 900 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var refused = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Enqueue(message.Text);
            }
        };
        CspViolations[page] = refused;
        return page;
    }

    /// <summary>
    /// axe-core finds nothing serious or critical, the browser refused nothing under the Content-Security-Policy, the
    /// page fits the screen's width, and a screenshot is kept.
    /// </summary>
    public static async Task CheckPageAsync(IPage page, string name)
    {
        Assert.Empty(CspViolations.GetValueOrDefault(page) ?? []);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe-core on {name} ({page.Url}):\n{string.Join('\n', serious)}");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"{name} ({page.Url}) is wider than the screen");
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });
    }

    /// <summary>A super-admin of the default tenant, created the way <c>admin create</c> does.</summary>
    public async Task CreateSuperAdminAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<SuperAdminCreator>().CreateAsync(email, Password, "Root", CancellationToken.None);
        Assert.NotNull(created.User);
    }

    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>Opens <paramref name="path"/> again until <paramref name="done"/> holds (what the server writes in batches shows within seconds).</summary>
    public static async Task ReloadUntilAsync(IPage page, string path, Func<Task<bool>> done)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await page.GotoAsync(path);
            if (await done())
            {
                return;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"{path} never showed what the test waited for");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _browser.Contexts.SelectMany(c => c.Pages))
        {
            CspViolations.TryRemove(page, out _);
        }

        await _browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
