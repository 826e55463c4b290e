using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Providers;
using Pierre.Providers.Fitbit;
using Pierre.Providers.OAuth;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;

namespace Pierre.Server.Tests.Providers.Fitbit;

/// <summary>The Fitbit provider as the host registers it, pointed at a fresh <see cref="FakeFitbitServer"/>, with an in-memory token source.</summary>
internal sealed class FitbitHarness : IAsyncDisposable
{
    public static readonly Uri RedirectUri = new("http://127.0.0.1:1/oauth/fitbit/callback");

    private readonly ServiceProvider _services;

    private FitbitHarness(FakeFitbitServer fake, ServiceProvider services)
    {
        Fake = fake;
        _services = services;
    }

    public FakeFitbitServer Fake { get; }

    public OAuthApp App => new(Fake.ClientId, Fake.ClientSecret);

    public FitbitProvider Provider => _services.GetRequiredService<FitbitProvider>();

    public IOAuthFlow Flow => _services.GetServices<IOAuthFlow>().Single(f => f.Provider == "fitbit");

    public FitbitTestTokenSource Tokens => (FitbitTestTokenSource)_services.GetRequiredService<IAccessTokenSource>();

    public IServiceProvider Services => _services;

    /// <summary>A clock given here is shared by the fake (token expiry, rate-limit hours) and the provider (budget).</summary>
    public static async Task<FitbitHarness> StartAsync(CancellationToken ct, TimeProvider? clock = null, TimeSpan? attemptTimeout = null)
    {
        var fake = await FakeFitbitServer.StartAsync(clock, ct);
        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddFitbitProvider(o =>
        {
            fake.Configure(o);
            o.AttemptTimeout = attemptTimeout;
        });
        services.AddSingleton<IAccessTokenSource>(p => new FitbitTestTokenSource(
            () => p.GetServices<IOAuthFlow>().Single(f => f.Provider == "fitbit"), new OAuthApp(fake.ClientId, fake.ClientSecret)));
        return new FitbitHarness(fake, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Signs <paramref name="fitbitUser"/> in at the fake (authorize, then code exchange with PKCE) and stores the tokens.</summary>
    public async Task<(ProviderAccount Account, OAuthTokens Tokens)> ConnectAsync(CancellationToken ct, string fitbitUser = FakeFitbitServer.DefaultUserId)
    {
        Fake.SignedInUser = fitbitUser;
        var verifier = NewVerifier();
        var callback = await AuthorizeAsync(Challenge(verifier), ct);
        var tokens = await Flow.ExchangeCodeAsync(App, callback["code"], RedirectUri, verifier, null, ct);
        var account = new ProviderAccount(Guid.NewGuid(), Guid.NewGuid());
        Tokens.Store(account, tokens);
        return (account, tokens);
    }

    /// <summary>Follows the authorize URL to the 302 and returns the callback's query parameters.</summary>
    public async Task<Dictionary<string, string>> AuthorizeAsync(string challenge, CancellationToken ct, string state = "state-123")
    {
        var url = Flow.AuthorizationUrl(new AuthorizationRequest(App, RedirectUri, state, challenge));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await http.GetAsync(url, ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri.AbsoluteUri, location.AbsoluteUri, StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    public static string NewVerifier() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>Neither the client secret nor any code or token the fake issued appears in the exception's messages.</summary>
    public void AssertNoSecrets(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain(Fake.ClientSecret, e.Message, StringComparison.Ordinal);
            foreach (var secret in Fake.IssuedSecrets)
            {
                Assert.DoesNotContain(secret, e.Message, StringComparison.Ordinal);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
