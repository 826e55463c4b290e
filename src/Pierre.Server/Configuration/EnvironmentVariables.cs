namespace Pierre.Server.Configuration;

/// <summary>One environment variable: its name, its default and what it does (shown by <c>--help</c> and the README).</summary>
internal sealed record EnvironmentVariable(string Name, string? Default, string Description);

/// <summary>
/// Every variable the server reads, with the seed's names and defaults. The defaults under <c>DATA/</c> are files in the
/// resolved <see cref="DataFolder"/>, read with <see cref="EnvironmentReader.Explicit"/>.
/// </summary>
internal static class EnvironmentVariables
{
    public static readonly EnvironmentVariable HttpPort = new("PIERRE_HTTP_PORT", "8081", "HTTP port for REST, MCP and health");
    public static readonly EnvironmentVariable BindAddress = new("PIERRE_BIND_ADDRESS", "127.0.0.1", "address to listen on (0.0.0.0 for all interfaces)");
    public static readonly EnvironmentVariable MaxConnections = new("PIERRE_MAX_CONNECTIONS", "1000", "maximum concurrent HTTP connections, and TCP MCP connections");
    public static readonly EnvironmentVariable RequestTimeout = new("PIERRE_REQUEST_TIMEOUT", "30", "request timeout in seconds");
    public static readonly EnvironmentVariable DataDir = new(
        "PIERRE_DATA_DIR", null,
        "data folder (DATA below): ./data if it exists, else $XDG_DATA_HOME/pierre or ~/.local/share/pierre (Linux), " +
        "~/Library/Application Support/Pierre (macOS), %LOCALAPPDATA%\\Pierre (Windows)");
    public static readonly EnvironmentVariable DatabaseUrl = new("DATABASE_URL", "sqlite:DATA/pierre.db", "sqlite:PATH or postgresql://user:pass@host:port/db");
    public static readonly EnvironmentVariable DatabaseMaxConnections = new("DATABASE_MAX_CONNECTIONS", null, "connection pool size (provider default when unset)");
    public static readonly EnvironmentVariable EncryptionKeyPath = new("DATABASE_ENCRYPTION_KEY_PATH", "DATA/encryption.key", "32-byte AES-256 key file, generated when missing");
    public static readonly EnvironmentVariable JwtSecretPath = new("JWT_SECRET_PATH", "DATA/jwt.secret", "64-byte JWT signing secret, generated when missing");
    public static readonly EnvironmentVariable JwtExpiryHours = new("JWT_EXPIRY_HOURS", "24", "lifetime of access tokens in hours");
    public static readonly EnvironmentVariable RefreshTokenExpiryDays = new("REFRESH_TOKEN_EXPIRY_DAYS", "30", "lifetime of refresh tokens in days");
    public static readonly EnvironmentVariable LogFormat = new("LOG_FORMAT", "text", "text, or json for one JSON object per line");
    public static readonly EnvironmentVariable LogLevel = new("LOG_LEVEL", "information", "trace, debug, information, warning, error or critical");
    public static readonly EnvironmentVariable BaseUrl = new("BASE_URL", "http://localhost:PORT", "public URL of this server (links, allowed hosts)");
    public static readonly EnvironmentVariable CorsAllowedOrigins = new("CORS_ALLOWED_ORIGINS", "", "comma-separated origins allowed by CORS (none when empty)");
    public static readonly EnvironmentVariable AutoApproveUsers = new("AUTO_APPROVE_USERS", "false", "true to make new users active without admin approval");
    public static readonly EnvironmentVariable AuthRateLimit = new("PIERRE_AUTH_RATE_LIMIT_PER_MINUTE", "20", "login, register, refresh and setup attempts allowed per IP per minute, each on its own budget");
    public static readonly EnvironmentVariable AuthAccountRateLimit = new("PIERRE_AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE", "10", "login attempts allowed per account (email) per minute, from any IP");
    public static readonly EnvironmentVariable TrialMonthly = new("PIERRE_TIER_TRIAL_MONTHLY", "1000", "requests per calendar month for each trial key (0: unlimited)");
    public static readonly EnvironmentVariable TrialBurst = new("PIERRE_TIER_TRIAL_BURST_PER_MINUTE", "60", "requests per minute for each trial key (0: unlimited)");
    public static readonly EnvironmentVariable StarterMonthly = new("PIERRE_TIER_STARTER_MONTHLY", "10000", "requests per calendar month for each starter key or session (0: unlimited)");
    public static readonly EnvironmentVariable StarterBurst = new("PIERRE_TIER_STARTER_BURST_PER_MINUTE", "120", "requests per minute for each starter key or session (0: unlimited)");
    public static readonly EnvironmentVariable ProfessionalMonthly = new("PIERRE_TIER_PROFESSIONAL_MONTHLY", "100000", "requests per calendar month for each professional key or session (0: unlimited)");
    public static readonly EnvironmentVariable ProfessionalBurst = new("PIERRE_TIER_PROFESSIONAL_BURST_PER_MINUTE", "600", "requests per minute for each professional key or session (0: unlimited)");
    public static readonly EnvironmentVariable EnterpriseMonthly = new("PIERRE_TIER_ENTERPRISE_MONTHLY", "0", "requests per calendar month for each enterprise key or session (0: unlimited)");
    public static readonly EnvironmentVariable EnterpriseBurst = new("PIERRE_TIER_ENTERPRISE_BURST_PER_MINUTE", "3000", "requests per minute for each enterprise key or session (0: unlimited)");
    public static readonly EnvironmentVariable DisabledTools = new("PIERRE_DISABLED_TOOLS", "", "comma-separated MCP tools turned off for every tenant");
    public static readonly EnvironmentVariable McpTcpPort = new("PIERRE_MCP_TCP_PORT", null, "port for line-delimited JSON-RPC MCP over TCP (off when unset)");
    public static readonly EnvironmentVariable McpTcpBindAddress = new("PIERRE_MCP_TCP_BIND_ADDRESS", "127.0.0.1", "address the TCP MCP port listens on");
    public static readonly EnvironmentVariable McpTcpInitTimeout = new("PIERRE_MCP_TCP_INIT_TIMEOUT_SECONDS", "10", "seconds a TCP MCP connection has to authenticate with initialize");
    public static readonly EnvironmentVariable McpTcpIdleTimeout = new("PIERRE_MCP_TCP_IDLE_TIMEOUT_SECONDS", "300", "seconds without a message after which a TCP MCP connection is closed");
    public static readonly EnvironmentVariable McpMaxBodyBytes = new("PIERRE_MCP_MAX_BODY_BYTES", "1048576", "largest MCP message in bytes: /mcp request body and TCP line");
    public static readonly EnvironmentVariable A2ATaskTtlHours = new("PIERRE_A2A_TASK_TTL_HOURS", "24", "hours an A2A task and its result are kept");
    public static readonly EnvironmentVariable StdioApiKey = new("PIERRE_API_KEY", null, "with --stdio: act as this API key's user (default: the local demo user)");
    public static readonly EnvironmentVariable MetricsPort = new("PIERRE_METRICS_PORT", null, "loopback-only port serving /metrics without credentials (off when unset)");
    public static readonly EnvironmentVariable OAuthAllowLoopbackClients = new("PIERRE_OAUTH_ALLOW_LOOPBACK_CLIENTS", "false", "true to accept Client ID Metadata Documents served over http on loopback (tests only)");
    public static readonly EnvironmentVariable DebugEndpoints = new("PIERRE_ENABLE_DEBUG_ENDPOINTS", "false", "true to serve /debug/delay (operational tests only)");

    public static readonly EnvironmentVariable StravaClientId = new("STRAVA_CLIENT_ID", null, "Strava API application's client id (Strava is offered when set)");
    public static readonly EnvironmentVariable StravaClientSecret = new("STRAVA_CLIENT_SECRET", null, "Strava API application's client secret");
    public static readonly EnvironmentVariable StravaAuthUrl = new("STRAVA_AUTH_URL", "https://www.strava.com/oauth/authorize", "Strava's authorize page");
    public static readonly EnvironmentVariable StravaTokenUrl = new("STRAVA_TOKEN_URL", "https://www.strava.com/oauth/token", "Strava's token endpoint");
    public static readonly EnvironmentVariable StravaApiBase = new("STRAVA_API_BASE", "https://www.strava.com/api/v3/", "Strava API v3 base URL");
    public static readonly EnvironmentVariable StravaDeauthorizeUrl = new("STRAVA_DEAUTHORIZE_URL", "https://www.strava.com/oauth/deauthorize", "Strava's deauthorize endpoint (used on disconnect)");
    public static readonly EnvironmentVariable FitbitClientId = new("FITBIT_CLIENT_ID", null, "Fitbit Web API application's client id (Fitbit is offered when set)");
    public static readonly EnvironmentVariable FitbitClientSecret = new("FITBIT_CLIENT_SECRET", null, "Fitbit Web API application's client secret");
    public static readonly EnvironmentVariable FitbitAuthUrl = new("FITBIT_AUTH_URL", "https://www.fitbit.com/oauth2/authorize", "Fitbit's authorize page");
    public static readonly EnvironmentVariable FitbitTokenUrl = new("FITBIT_TOKEN_URL", "https://api.fitbit.com/oauth2/token", "Fitbit's token endpoint");
    public static readonly EnvironmentVariable FitbitApiBase = new("FITBIT_API_BASE", "https://api.fitbit.com/", "Fitbit Web API base URL");
    public static readonly EnvironmentVariable FitbitRevokeUrl = new("FITBIT_REVOKE_URL", "https://api.fitbit.com/oauth2/revoke", "Fitbit's token revocation endpoint (used on disconnect)");

    public static IReadOnlyList<EnvironmentVariable> All { get; } =
    [
        HttpPort, BindAddress, MaxConnections, RequestTimeout, DataDir, DatabaseUrl, DatabaseMaxConnections, EncryptionKeyPath,
        JwtSecretPath, JwtExpiryHours, RefreshTokenExpiryDays, LogFormat, LogLevel, BaseUrl, CorsAllowedOrigins,
        AutoApproveUsers, AuthRateLimit, AuthAccountRateLimit, TrialMonthly, TrialBurst, StarterMonthly, StarterBurst,
        ProfessionalMonthly, ProfessionalBurst, EnterpriseMonthly, EnterpriseBurst, DisabledTools, McpTcpPort, McpTcpBindAddress, McpTcpInitTimeout,
        McpTcpIdleTimeout, McpMaxBodyBytes, A2ATaskTtlHours, StdioApiKey, MetricsPort, OAuthAllowLoopbackClients, DebugEndpoints,
        StravaClientId, StravaClientSecret, StravaAuthUrl, StravaTokenUrl, StravaApiBase, StravaDeauthorizeUrl,
        FitbitClientId, FitbitClientSecret, FitbitAuthUrl, FitbitTokenUrl, FitbitApiBase, FitbitRevokeUrl,
    ];
}
