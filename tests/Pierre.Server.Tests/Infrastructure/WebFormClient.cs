using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>A browser without a browser: the web UI's forms posted over HTTP with their antiforgery token and cookies.</summary>
public sealed partial class WebFormClient : IDisposable
{
    private WebFormClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static WebFormClient For(PierreAppFactory app, Uri? baseAddress = null) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = baseAddress ?? new Uri("http://localhost"),
        }));

    public async Task<HttpResponseMessage> GetAsync(string path) =>
        await Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public async Task<string> PageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Posts the form named <paramref name="handler"/> on <paramref name="path"/>, with the token the page gave (unless told not to).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string handler, Dictionary<string, string> fields, bool withToken = true)
    {
        var form = new Dictionary<string, string>(fields) { ["_handler"] = handler };
        if (withToken)
        {
            form["__RequestVerificationToken"] = Token().Match(await PageAsync(path)).Groups[1].Value;
        }

        using var content = new FormUrlEncodedContent(form);
        return await Http.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = "password123") =>
        await PostFormAsync("/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>The session cookie a sign-in set, as a <c>Cookie</c> header sends it back (<c>pierre_session=…</c>).</summary>
    public static string SessionCookie(HttpResponseMessage signedIn) =>
        signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pierre_session=", StringComparison.Ordinal)).Split(';')[0];

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
