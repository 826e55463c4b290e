using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Pierre.Server.Security;

namespace Pierre.Server.Connections.OAuth;

/// <summary>PKCE (RFC 7636): a random verifier and its S256 challenge, BASE64URL(SHA-256(verifier)).</summary>
internal static class Pkce
{
    public static string NewVerifier() => SecretTokens.NewBase62(64);

    public static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
