using System.Net;
using System.Text;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Tenants;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary>No provider code, token or client secret is ever written in clear: not in the database file, not in a log line, not in an answer.</summary>
public sealed class SecretLeakTests
{
    [Fact]
    public async Task ConnectAndRefresh_StravaAndFitbit_LeaveNoSecretInClear_InTheDatabaseOrTheLogs()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        StravaConnectFlowTests.Seed(h.Strava);
        FitbitTokenRefreshTests.Seed(h.Fitbit);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        await h.ExpireStoredTokensAsync("strava");
        await h.ExpireStoredTokensAsync("fitbit");
        await OAuthSteps.ActivitiesAsync(ann.Mcp, "strava");
        await OAuthSteps.ActivitiesAsync(ann.Mcp, "fitbit");
        Assert.Equal(1, h.Strava.TokenRefreshes);
        Assert.Equal(1, h.Fitbit.Refreshes);

        string[] secrets = [.. h.Strava.IssuedSecrets, .. h.Fitbit.IssuedSecrets, h.Strava.ClientSecret, h.Fitbit.ClientSecret];
        var stored = DatabaseText(h);
        var logged = LogText(h);

        Assert.True(h.Strava.IssuedSecrets.Count >= 5 && h.Fitbit.IssuedSecrets.Count >= 5, "codes, tokens and refreshed tokens were issued");
        Assert.Contains(h.Strava.ClientId, stored, StringComparison.Ordinal);
        Assert.Contains("Refreshed fitbit tokens", logged, StringComparison.Ordinal);
        Assert.All(secrets, s => Assert.DoesNotContain(s, stored, StringComparison.Ordinal));
        Assert.All(secrets, s => Assert.DoesNotContain(s, logged, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TenantOAuthApp_ClientSecret_IsNeitherStoredLoggedNorAnswered_InClear()
    {
        const string secret = "tenant-strava-secret-8d1f0c2b9e";
        await using var h = await OAuthServerHarness.StartAsync();
        var root = await h.Server.SuperAdminTokenAsync();
        var tenant = await h.Server.CreateTenantAsync("club-a", root);

        var (set, setBody, _) = await h.Server.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenant}/oauth/strava", new { client_id = "club-a-app", client_secret = secret }, root);
        var (listed, listBody, _) = await h.Server.Client.GetAsync($"/admin/tenants/{tenant}/oauth", root);

        Assert.Equal(HttpStatusCode.OK, set);
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.Equal("club-a-app", listBody![0].Str("client_id"));
        Assert.Contains("club-a-app", DatabaseText(h), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, setBody!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listBody.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, DatabaseText(h), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, LogText(h), StringComparison.Ordinal);
    }

    /// <summary>The SQLite file and its write-ahead log, as bytes read as text: what someone with a copy of the disk sees.</summary>
    private static string DatabaseText(OAuthServerHarness h)
    {
        var path = Assert.IsType<SqliteTestDatabase>(h.Server.Database).FilePath;
        var text = new StringBuilder();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            text.Append(Encoding.Latin1.GetString(memory.ToArray()));
        }

        Assert.True(text.Length > 0, "the database file was read");
        return text.ToString();
    }

    private static string LogText(OAuthServerHarness h) =>
        string.Join('\n', h.Server.App.Logs.Entries.SelectMany(e => e.State.Values.Select(v => v?.ToString()).Prepend(e.Message)));
}
