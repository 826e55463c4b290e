namespace Pierre.Server.ApiKeys;

internal sealed record CreateApiKeyRequest(string? Name, string? Tier, int? ExpiresInDays);

internal sealed record CreatedApiKey(
    Guid Id, string Name, string Key, string KeyPrefix, string Tier, int? MonthlyLimit, DateTime? ExpiresAt);

internal sealed record ApiKeyView(
    Guid Id, string Name, string KeyPrefix, string Tier, int? MonthlyLimit, DateTime CreatedAt, DateTime? ExpiresAt,
    DateTime? RevokedAt, DateTime? LastUsedAt);

/// <summary>A key just added to the unit of work, and the one answer that shows its secret.</summary>
internal sealed record IssuedApiKey(Data.Entities.ApiKey Entity, CreatedApiKey View);
