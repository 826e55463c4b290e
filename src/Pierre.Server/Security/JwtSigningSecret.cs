namespace Pierre.Server.Security;

/// <summary>The 64-byte HS256 signing secret, loaded once at start and held only in memory.</summary>
internal sealed class JwtSigningSecret(byte[] secret)
{
    public ReadOnlyMemory<byte> Value { get; } = secret;
}
