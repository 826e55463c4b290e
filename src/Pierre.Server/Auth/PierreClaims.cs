namespace Pierre.Server.Auth;

/// <summary>Claim names, as they appear in JWTs and in every principal whatever the credential.</summary>
internal static class PierreClaims
{
    public const string Subject = "sub";
    public const string TenantId = "tenant_id";
    public const string Role = "role";
    public const string SessionId = "sid";
    public const string Status = "status";
    public const string AuthMethod = "auth_method";
    public const string ApiKeyId = "api_key_id";
    public const string AdminTokenId = "admin_token_id";
    public const string Permission = "permission";
    public const string Tier = "tier";

    /// <summary>A scope an OAuth access token was granted (one claim each); it narrows the tools the caller may use.</summary>
    public const string OAuthScope = "oauth_scope";

    /// <summary>The A2A agent an API key belongs to: its holder may call tools within the agent's capabilities, nothing else.</summary>
    public const string AgentId = "agent_id";
}

internal static class AuthMethods
{
    public const string Jwt = "jwt";
    public const string ApiKey = "api_key";
    public const string AdminToken = "admin_token";

    /// <summary>The web UI's cookie session; it is not a quota subject: viewing pages costs no requests.</summary>
    public const string WebSession = "web_session";

    /// <summary>An access token from Pierre's own OAuth authorization server (a remote MCP client signed in), for <c>/mcp</c> only.</summary>
    public const string OAuth = "oauth";
}
