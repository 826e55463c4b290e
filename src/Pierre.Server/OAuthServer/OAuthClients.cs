using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pierre.Server.OAuthServer;

/// <summary>What every client of Pierre's authorization server may do, whoever registered it, and the redirect URIs it may use.</summary>
internal static class OAuthClients
{
    public const int MaxClientIdLength = 2000;

    /// <summary>A new client's descriptor: the code flow with PKCE, refresh, revocation, Pierre's scopes and its one resource.</summary>
    public static OpenIddictApplicationDescriptor Descriptor(string clientId, string? displayName, IEnumerable<Uri> redirectUris, string? secret, Uri resource)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = secret is null ? ClientTypes.Public : ClientTypes.Confidential,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = displayName,
        };
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            Permissions.Prefixes.Scope + OAuthScopes.Read, Permissions.Prefixes.Scope + OAuthScopes.Write,
            Permissions.Prefixes.Resource + resource.AbsoluteUri,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return descriptor;
    }

    /// <summary>Why a redirect URI is refused, or null: https, or http to a loopback address; no fragment, no wildcard.</summary>
    public static string? RedirectUriProblem(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return $"'{value}' is not an absolute URI";
        }

        if (value.Contains('*', StringComparison.Ordinal))
        {
            return $"'{value}' holds a wildcard; redirect URIs are matched exactly";
        }

        if (uri.Fragment.Length > 0 || value.Contains('#', StringComparison.Ordinal))
        {
            return $"'{value}' has a fragment, which a redirect URI must not have";
        }

        if (uri.UserInfo.Length > 0)
        {
            return $"'{value}' carries credentials";
        }

        return uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)
            ? null
            : $"'{value}' must be https, or http to a loopback address (127.0.0.1, [::1], localhost)";
    }

    public static bool IsLoopback(Uri uri) => uri.IsLoopback;
}
