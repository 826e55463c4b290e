using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Pierre.Server.Configuration;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// RFC 7591 dynamic client registration at <c>/oauth2/register</c>: a public client (<c>token_endpoint_auth_method</c>
/// "none", as MCP clients on a user's machine are) or a confidential one (a secret, shown once). Redirect URIs must be
/// https, or http to a loopback address, with no fragment and no wildcard. Anyone may register, so it is rate limited
/// per IP; a client can do nothing until a person signs in and consents.
/// </summary>
internal static class ClientRegistration
{
    public const int MaxBodyBytes = 16 * 1024;
    private const int MaxRedirectUris = 10;
    private const int MaxNameLength = 200;
    private static readonly string[] GrantTypesAllowed = [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken];
    private static readonly string[] SecretMethods = [ClientAuthenticationMethods.ClientSecretBasic, ClientAuthenticationMethods.ClientSecretPost];

    public static async Task<IResult> RegisterAsync(HttpContext context, IOpenIddictApplicationManager applications, ServerConfig config, TimeProvider clock)
    {
        JsonObject metadata;
        try
        {
            metadata = await JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false)
                ?? throw new JsonException("the body is null");
        }
        catch (JsonException)
        {
            return Invalid("invalid_client_metadata", "the body must be a JSON object of client metadata (RFC 7591)");
        }

        if (metadata["redirect_uris"] is not JsonArray { Count: > 0 and <= MaxRedirectUris } redirects || redirects.Any(r => r?.GetValueKind() != JsonValueKind.String))
        {
            return Invalid("invalid_redirect_uri", $"redirect_uris must list 1 to {MaxRedirectUris} URIs");
        }

        var uris = redirects.Select(r => r!.GetValue<string>()).ToList();
        if (uris.Select(OAuthClients.RedirectUriProblem).FirstOrDefault(p => p is not null) is { } problem)
        {
            return Invalid("invalid_redirect_uri", problem);
        }

        var method = metadata["token_endpoint_auth_method"]?.GetValueKind() == JsonValueKind.String
            ? metadata["token_endpoint_auth_method"]!.GetValue<string>()
            : ClientAuthenticationMethods.ClientSecretBasic;
        if (method != ClientAuthenticationMethods.None && !SecretMethods.Contains(method))
        {
            return Invalid("invalid_client_metadata", $"token_endpoint_auth_method must be none, {string.Join(" or ", SecretMethods)}");
        }

        if (Strings(metadata["grant_types"]) is { } grants && grants.Except(GrantTypesAllowed).FirstOrDefault() is { } grant)
        {
            return Invalid("invalid_client_metadata", $"grant type '{grant}' is not offered: every token here acts for a person (authorization_code, refresh_token)");
        }

        if (Strings(metadata["response_types"]) is { } responses && responses.Any(r => r != ResponseTypes.Code))
        {
            return Invalid("invalid_client_metadata", "the only response type is code");
        }

        var name = metadata["client_name"]?.GetValueKind() == JsonValueKind.String ? metadata["client_name"]!.GetValue<string>().Trim() : null;
        if (name is { Length: > MaxNameLength })
        {
            return Invalid("invalid_client_metadata", $"client_name is limited to {MaxNameLength} characters");
        }

        var clientId = "mcp_" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18));
        var secret = method == ClientAuthenticationMethods.None ? null : Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        await applications.CreateAsync(
            OAuthClients.Descriptor(clientId, string.IsNullOrEmpty(name) ? null : name, uris.Select(u => new Uri(u)), secret, OAuthServerExtensions.McpResource(config)),
            context.RequestAborted).ConfigureAwait(false);

        var registered = new JsonObject
        {
            ["client_id"] = clientId,
            ["client_id_issued_at"] = clock.GetUtcNow().ToUnixTimeSeconds(),
            ["client_name"] = string.IsNullOrEmpty(name) ? null : name,
            ["redirect_uris"] = new JsonArray([.. uris.Select(u => (JsonNode?)u)]),
            ["grant_types"] = new JsonArray([.. GrantTypesAllowed.Select(g => (JsonNode?)g)]),
            ["response_types"] = new JsonArray(ResponseTypes.Code),
            ["token_endpoint_auth_method"] = method,
            ["scope"] = string.Join(' ', [.. OAuthScopes.ForTools, OAuthScopes.OfflineAccess]),
        };
        if (secret is not null)
        {
            registered["client_secret"] = secret;
            registered["client_secret_expires_at"] = 0;
        }

        return Results.Json(registered, statusCode: StatusCodes.Status201Created);
    }

    private static List<string>? Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => n?.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : string.Empty)] : null;

    private static IResult Invalid(string error, string description) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: StatusCodes.Status400BadRequest);
}
