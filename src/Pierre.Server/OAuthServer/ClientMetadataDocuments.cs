using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Memory;
using Pierre.Server.Configuration;

namespace Pierre.Server.OAuthServer;

/// <summary>What a Client ID Metadata Document says about its client, once checked.</summary>
internal sealed record ClientMetadata(string ClientId, string? Name, IReadOnlyList<Uri> RedirectUris);

/// <summary>
/// Client ID Metadata Documents: a client whose id is an https URL describes itself in the JSON document at that URL.
/// Pierre fetches it without following redirects, within 5 s and 5 KB, never from a private, link-local or loopback
/// address (the address is checked when the socket connects, so a DNS answer cannot be swapped after the check), and
/// keeps a good document for 10 minutes. The document must name itself as <c>client_id</c>, list its redirect URIs
/// and be a public client.
/// </summary>
internal sealed class ClientMetadataDocuments(IHttpClientFactory http, IMemoryCache cache, ServerConfig config)
{
    public const string HttpClientName = "oauth-client-metadata";
    public const int MaxDocumentBytes = 5 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    /// <summary>Whether a client id is meant as a metadata document's URL (then it is fetched, not looked up).</summary>
    public bool IsDocumentUrl(string? clientId) =>
        Uri.TryCreate(clientId, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && config.OAuthAllowLoopbackClients);

    /// <summary>The checked document, or why it cannot be used.</summary>
    public async Task<(ClientMetadata? Client, string? Problem)> GetAsync(string clientId, CancellationToken ct)
    {
        if (cache.TryGetValue(("client_metadata", clientId), out ClientMetadata? known) && known is not null)
        {
            return (known, null);
        }

        if (UrlProblem(clientId) is { } urlProblem)
        {
            return (null, urlProblem);
        }

        JsonObject? document;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            using var response = await http.CreateClient(HttpClientName).GetAsync(new Uri(clientId), HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (null, $"the client's metadata document answered {(int)response.StatusCode}");
            }

            document = await ReadAsync(response, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or InvalidOperationException)
        {
            return (null, $"the client's metadata document could not be read: {(e is OperationCanceledException ? "no answer within 5 s" : e.Message)}");
        }

        var (client, problem) = Check(clientId, document);
        if (client is not null)
        {
            cache.Set(("client_metadata", clientId), client, Kept);
        }

        return (client, problem);
    }

    private static string? UrlProblem(string clientId)
    {
        var uri = new Uri(clientId);
        return uri.Fragment.Length > 0 || uri.UserInfo.Length > 0 ? "a client id URL has no fragment and no credentials"
            : uri.AbsolutePath is "/" or "" ? "a client id URL names a document, not a site's root"
            : uri.Segments.Any(s => s.TrimEnd('/') is "." or "..") ? "a client id URL has no dot segments"
            : uri.Scheme == Uri.UriSchemeHttp && !OAuthClients.IsLoopback(uri) ? "a client id URL must be https"
            : null;
    }

    private static async Task<JsonObject?> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > MaxDocumentBytes)
        {
            throw new InvalidOperationException($"it is larger than {MaxDocumentBytes / 1024} KB");
        }

        await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var buffer = new byte[MaxDocumentBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await body.ReadAsync(buffer.AsMemory(read), ct).ConfigureAwait(false)) > 0)
        {
            read += chunk;
        }

        return read > MaxDocumentBytes
            ? throw new InvalidOperationException($"it is larger than {MaxDocumentBytes / 1024} KB")
            : JsonNode.Parse(buffer.AsSpan(0, read)) as JsonObject;
    }

    private static (ClientMetadata?, string?) Check(string clientId, JsonObject? document)
    {
        if (document is null)
        {
            return (null, "the client's metadata document is not a JSON object");
        }

        if (document["client_id"]?.GetValueKind() != JsonValueKind.String || document["client_id"]!.GetValue<string>() != clientId)
        {
            return (null, "the client's metadata document does not name its own URL as client_id");
        }

        if (document["redirect_uris"] is not JsonArray { Count: > 0 } redirects || redirects.Any(r => r?.GetValueKind() != JsonValueKind.String))
        {
            return (null, "the client's metadata document lists no redirect_uris");
        }

        var uris = redirects.Select(r => r!.GetValue<string>()).ToList();
        if (uris.Select(OAuthClients.RedirectUriProblem).FirstOrDefault(p => p is not null) is { } problem)
        {
            return (null, $"the client's metadata document has a bad redirect URI: {problem}");
        }

        if (document["token_endpoint_auth_method"] is { } method && (method.GetValueKind() != JsonValueKind.String || method.GetValue<string>() != "none"))
        {
            return (null, "a client described by a metadata document is a public client here (token_endpoint_auth_method none)");
        }

        var name = document["client_name"]?.GetValueKind() == JsonValueKind.String ? document["client_name"]!.GetValue<string>().Trim() : null;
        return (new ClientMetadata(clientId, string.IsNullOrEmpty(name) ? null : name[..Math.Min(name.Length, 200)], [.. uris.Select(u => new Uri(u))]), null);
    }

    /// <summary>
    /// The socket-level guard: every address the name resolves to must be public (loopback too when the setting allows),
    /// and the connection goes to one of those very addresses.
    /// </summary>
    public static SocketsHttpHandler Handler(ServerConfig config) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = Timeout,
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct).ConfigureAwait(false);
            if (addresses.Length == 0 || addresses.Any(a => !Allowed(a, config.OAuthAllowLoopbackClients)))
            {
                throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves to an address Pierre does not fetch client documents from (private, link-local or loopback)");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public static bool Allowed(IPAddress address, bool loopbackAllowed)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return loopbackAllowed;
        }

        var b = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetwork
            ? !(b[0] is 0 or 10 or 127 || b[0] >= 224 || b[0] == 169 && b[1] == 254 || b[0] == 172 && b[1] is >= 16 and <= 31
                || b[0] == 192 && b[1] == 168 || b[0] == 100 && b[1] is >= 64 and <= 127)
            : !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
                || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None));
    }
}
