namespace Pierre.Server.Connections.OAuth;

/// <summary>A user's provider tokens, decrypted, and the OAuth client they were issued to.</summary>
internal sealed record StoredTokens(string AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt, string? ClientId)
{
    /// <summary>Never prints a token.</summary>
    public override string ToString() => $"StoredTokens {{ ExpiresAt = {ExpiresAt:O}, ClientId = {ClientId} }}";
}
