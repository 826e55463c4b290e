namespace Pierre.Server.A2A;

internal sealed record RegisterAgentRequest(
    string? Name, string? Description, string? Contact, IReadOnlyList<string>? Capabilities, string? Tier, int? ExpiresInDays);

/// <summary>The one answer that shows the agent's API key.</summary>
internal sealed record RegisteredAgent(
    Guid ClientId, string Name, IReadOnlyList<string> Capabilities, string ApiKey, string KeyPrefix, string Tier, int? MonthlyLimit,
    DateTime? ExpiresAt, string AgentCardUrl, string Endpoint);

internal sealed record AgentCapabilitiesRequest(IReadOnlyList<string>? Capabilities);

internal sealed record AgentView(
    Guid ClientId, string Name, string? Description, string? Contact, IReadOnlyList<string> Capabilities, string KeyPrefix, string Tier,
    int RequestsThisMonth, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt);

/// <summary>A tool as <c>POST /a2a/tools</c> shows it: its skill, what it does, its argument and result schemas.</summary>
internal sealed record A2AToolView(
    string Name, string Title, string Skill, string Description, System.Text.Json.JsonElement InputSchema, System.Text.Json.JsonElement? OutputSchema,
    bool ReadOnly, bool Destructive);

internal sealed record A2AToolsView(IReadOnlyList<A2AToolView> Tools);
