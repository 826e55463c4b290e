using System.Net;
using Pierre.Server.ApiKeys;

namespace Pierre.Server.Configuration;

/// <summary>
/// Everything the server reads from its environment (the seed's <c>ServerConfig::from_env</c>), validated once at start.
/// </summary>
internal sealed record ServerConfig
{
    public required IPAddress BindAddress { get; init; }
    public required int HttpPort { get; init; }
    public required int MaxConnections { get; init; }
    public required TimeSpan RequestTimeout { get; init; }
    public required DataFolder DataFolder { get; init; }
    public required DatabaseUrl Database { get; init; }
    public int? DatabaseMaxConnections { get; init; }
    public required string EncryptionKeyPath { get; init; }
    public required string JwtSecretPath { get; init; }
    public required int JwtExpiryHours { get; init; }
    public required int RefreshTokenExpiryDays { get; init; }
    public required LogFormat LogFormat { get; init; }
    public required LogLevel LogLevel { get; init; }
    public required Uri BaseUrl { get; init; }
    public required IReadOnlyList<string> CorsAllowedOrigins { get; init; }
    public required bool AutoApproveUsers { get; init; }
    public required int AuthRateLimitPerMinute { get; init; }
    public required int AuthAccountRateLimitPerMinute { get; init; }
    public required TierPolicies Tiers { get; init; }
    public required IReadOnlySet<string> DisabledTools { get; init; }
    public string? StdioApiKey { get; init; }
    public int? McpTcpPort { get; init; }
    public required IPAddress McpTcpBindAddress { get; init; }
    public required TimeSpan McpTcpInitTimeout { get; init; }
    public required TimeSpan McpTcpIdleTimeout { get; init; }
    public required int McpMaxBodyBytes { get; init; }
    public required TimeSpan A2ATaskTtl { get; init; }
    public int? MetricsPort { get; init; }
    public required bool DebugEndpoints { get; init; }

    /// <summary>Client ID Metadata Documents may be fetched over http from loopback (tests); otherwise https to public addresses only.</summary>
    public bool OAuthAllowLoopbackClients { get; init; }
    public required OAuthProviderSettings Strava { get; init; }
    public required OAuthProviderSettings Fitbit { get; init; }

    /// <summary>Reads and validates every variable; throws <see cref="ConfigurationException"/> on the first bad one.</summary>
    public static ServerConfig Load(IConfiguration source) =>
        Load(source, Directory.GetCurrentDirectory(), DataFolder.CurrentPlatform, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>As <see cref="Load(IConfiguration)"/>, with the current folder, platform and account home given (for tests).</summary>
    public static ServerConfig Load(IConfiguration source, string currentDirectory, UserPlatform platform, string? userProfile = null)
    {
        var env = new EnvironmentReader(source);
        var data = DataFolder.Resolve(name => source[name], currentDirectory, platform, userProfile);
        var port = env.Int(EnvironmentVariables.HttpPort, 1, 65535);
        var maxDbConnections = env.OptionalInt(EnvironmentVariables.DatabaseMaxConnections, 1, 10_000);
        return new ServerConfig
        {
            BindAddress = env.IpAddress(EnvironmentVariables.BindAddress),
            HttpPort = port,
            MaxConnections = env.Int(EnvironmentVariables.MaxConnections, 1, 1_000_000),
            RequestTimeout = TimeSpan.FromSeconds(env.Int(EnvironmentVariables.RequestTimeout, 1, 3600)),
            DataFolder = data,
            Database = DatabaseUrl.Parse(env.Explicit(EnvironmentVariables.DatabaseUrl) ?? $"sqlite:{Path.Combine(data.Path, "pierre.db")}", maxDbConnections),
            DatabaseMaxConnections = maxDbConnections,
            EncryptionKeyPath = Path.GetFullPath(env.Explicit(EnvironmentVariables.EncryptionKeyPath) ?? Path.Combine(data.Path, "encryption.key")),
            JwtSecretPath = Path.GetFullPath(env.Explicit(EnvironmentVariables.JwtSecretPath) ?? Path.Combine(data.Path, "jwt.secret")),
            JwtExpiryHours = env.Int(EnvironmentVariables.JwtExpiryHours, 1, 24 * 365),
            RefreshTokenExpiryDays = env.Int(EnvironmentVariables.RefreshTokenExpiryDays, 1, 3650),
            LogFormat = env.Enum<LogFormat>(EnvironmentVariables.LogFormat),
            LogLevel = env.Enum<LogLevel>(EnvironmentVariables.LogLevel),
            BaseUrl = env.HttpUrl(EnvironmentVariables.BaseUrl, port),
            CorsAllowedOrigins = env.List(EnvironmentVariables.CorsAllowedOrigins),
            AutoApproveUsers = env.Bool(EnvironmentVariables.AutoApproveUsers),
            AuthRateLimitPerMinute = env.Int(EnvironmentVariables.AuthRateLimit, 1, 100_000),
            AuthAccountRateLimitPerMinute = env.Int(EnvironmentVariables.AuthAccountRateLimit, 1, 100_000),
            Tiers = TierPolicies.Read(env),
            DisabledTools = env.List(EnvironmentVariables.DisabledTools).ToHashSet(StringComparer.Ordinal),
            StdioApiKey = env.Optional(EnvironmentVariables.StdioApiKey),
            McpTcpPort = env.OptionalInt(EnvironmentVariables.McpTcpPort, 1, 65535),
            McpTcpBindAddress = env.IpAddress(EnvironmentVariables.McpTcpBindAddress),
            McpTcpInitTimeout = TimeSpan.FromSeconds(env.Int(EnvironmentVariables.McpTcpInitTimeout, 1, 600)),
            McpTcpIdleTimeout = TimeSpan.FromSeconds(env.Int(EnvironmentVariables.McpTcpIdleTimeout, 1, 86_400)),
            McpMaxBodyBytes = env.Int(EnvironmentVariables.McpMaxBodyBytes, 4096, 64 * 1024 * 1024),
            A2ATaskTtl = TimeSpan.FromHours(env.Int(EnvironmentVariables.A2ATaskTtlHours, 1, 24 * 365)),
            MetricsPort = env.OptionalInt(EnvironmentVariables.MetricsPort, 1, 65535),
            DebugEndpoints = env.Bool(EnvironmentVariables.DebugEndpoints),
            OAuthAllowLoopbackClients = env.Bool(EnvironmentVariables.OAuthAllowLoopbackClients),
            Strava = OAuthProviderSettings.Read(
                env, EnvironmentVariables.StravaClientId, EnvironmentVariables.StravaClientSecret, EnvironmentVariables.StravaAuthUrl,
                EnvironmentVariables.StravaTokenUrl, EnvironmentVariables.StravaApiBase, EnvironmentVariables.StravaDeauthorizeUrl),
            Fitbit = OAuthProviderSettings.Read(
                env, EnvironmentVariables.FitbitClientId, EnvironmentVariables.FitbitClientSecret, EnvironmentVariables.FitbitAuthUrl,
                EnvironmentVariables.FitbitTokenUrl, EnvironmentVariables.FitbitApiBase, EnvironmentVariables.FitbitRevokeUrl),
        };
    }
}

internal enum LogFormat
{
    Text,
    Json,
}
