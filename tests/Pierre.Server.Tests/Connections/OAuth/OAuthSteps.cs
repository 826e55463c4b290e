using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Providers;
using Pierre.Providers.OAuth;
using Pierre.Server.Connections.OAuth;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary>What the OAuth tests repeat: whose account a user is, their stored tokens, and tool calls that fail.</summary>
internal static class OAuthSteps
{
    /// <summary>A time long past, so a stored token "expired" without reading the clock.</summary>
    public static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Task<ProviderAccount> AccountAsync(this OAuthServerHarness h, string email) =>
        h.Server.DbAsync(db => db.Users.Where(u => u.Email == email)
            .Select(u => new ProviderAccount(u.TenantId, u.Id))
            .SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>Pierre's database believes the stored access tokens expired long ago.</summary>
    public static Task<int> ExpireStoredTokensAsync(this OAuthServerHarness h, string provider) =>
        h.Server.DbAsync(db => db.ProviderTokens.Where(t => t.Provider == provider)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, LongAgo), TestContext.Current.CancellationToken));

    /// <summary>The tokens as stored for the account, decrypted the way the server reads them.</summary>
    public static Task<StoredTokens?> StoredTokensAsync(this OAuthServerHarness h, ProviderAccount account, string provider) =>
        h.Server.ScopedAsync(sp => sp.GetRequiredService<ProviderTokenStore>().LoadAsync(account, provider, TestContext.Current.CancellationToken));

    public static IAccessTokenSource TokenSource(this OAuthServerHarness h) => h.Server.App.Services.GetRequiredService<IAccessTokenSource>();

    public static Task<int> RowsAsync(this OAuthServerHarness h, string provider) =>
        h.Server.DbAsync(async db =>
            await db.ProviderTokens.CountAsync(t => t.Provider == provider, TestContext.Current.CancellationToken)
            + await db.ProviderConnections.CountAsync(c => c.Provider == provider, TestContext.Current.CancellationToken));

    /// <summary>A tool call expected to fail: the text the assistant reads.</summary>
    public static async Task<string> CallErrorAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken);
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        Assert.True(result.IsError == true, $"{tool} succeeded: {text}");
        return text;
    }

    /// <summary>The providers <c>get_connection_status</c> lists as connected.</summary>
    public static async Task<IReadOnlyList<string>> ConnectedAsync(McpClient client)
    {
        var status = await StravaConnectFlowTests.CallAsync(client, "get_connection_status");
        return [.. status.GetProperty("connections").EnumerateArray().Select(c => c.GetProperty("provider").GetString()!)];
    }

    public static Task<JsonElement> ActivitiesAsync(McpClient client, string provider) =>
        StravaConnectFlowTests.CallAsync(client, "get_activities", new() { ["provider"] = provider });
}
