namespace Pierre.Server.Data.Entities;

/// <summary>
/// A key of Pierre's OAuth authorization server (the ECDSA key that signs access tokens, or the AES key that encrypts
/// refresh tokens and codes), generated once and sealed with the data key, so that restarts and replicas share it.
/// </summary>
internal sealed class OAuthServerKey
{
    public Guid Id { get; set; }
    public required string Purpose { get; set; }
    public required string SealedKey { get; set; }
    public DateTime CreatedAt { get; set; }
}
