using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pierre.Server.Configuration;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Tests.Configuration;

public sealed class ServerConfigTests
{
    // A home of its own and a current folder with no ./data: the real per-user folder is never looked at.
    private static ServerConfig Load(params (string Key, string Value)[] values) =>
        ServerConfig.Load(
            new ConfigurationBuilder()
                .AddInMemoryCollection([new("HOME", "/home/test"), .. values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))])
                .Build(),
            "/nonexistent", UserPlatform.Linux);

    [Fact]
    public void Load_WithNothingSet_UsesTheSeedDefaults()
    {
        var config = Load();

        Assert.Equal(8081, config.HttpPort);
        Assert.Equal(1000, config.MaxConnections);
        Assert.Equal(TimeSpan.FromSeconds(30), config.RequestTimeout);
        Assert.Equal(DatabaseProvider.Sqlite, config.Database.Provider);
        Assert.Equal("/home/test/.local/share/pierre/pierre.db", config.Database.SqliteFilePath);
        Assert.Equal("/home/test/.local/share/pierre/encryption.key", config.EncryptionKeyPath);
        Assert.Equal("/home/test/.local/share/pierre/jwt.secret", config.JwtSecretPath);
        Assert.Equal(24, config.JwtExpiryHours);
        Assert.Equal(30, config.RefreshTokenExpiryDays);
        Assert.Equal(LogFormat.Text, config.LogFormat);
        Assert.Equal(LogLevel.Information, config.LogLevel);
        Assert.Equal(new Uri("http://localhost:8081"), config.BaseUrl);
        Assert.Equal(IPAddress.Loopback, config.BindAddress);
        Assert.Empty(config.CorsAllowedOrigins);
        Assert.False(config.AutoApproveUsers);
        Assert.Equal(20, config.AuthRateLimitPerMinute);
        Assert.Equal(10, config.AuthAccountRateLimitPerMinute);
        Assert.Equal(TimeSpan.FromSeconds(10), config.McpTcpInitTimeout);
        Assert.Equal(TimeSpan.FromSeconds(300), config.McpTcpIdleTimeout);
        Assert.Equal(1024 * 1024, config.McpMaxBodyBytes);
        Assert.Equal(
            [(1_000, 60, TimeSpan.FromDays(14)), (10_000, 120, null), (100_000, 600, null), (null, 3_000, null)],
            Enum.GetValues<ApiKeyTier>().Select(t => config.Tiers.For(t)).Select(p => (p.MonthlyLimit, p.BurstPerMinute, p.MaxLifetime)));
    }

    [Fact]
    public void Load_WithTierLimitsSet_ReadsThemAndZeroMeansUnlimited()
    {
        var config = Load(("PIERRE_TIER_STARTER_MONTHLY", "50"), ("PIERRE_TIER_STARTER_BURST_PER_MINUTE", "0"), ("PIERRE_TIER_ENTERPRISE_MONTHLY", "2000000"));

        Assert.Equal((50, (int?)null), (config.Tiers.For(ApiKeyTier.Starter).MonthlyLimit, config.Tiers.For(ApiKeyTier.Starter).BurstPerMinute));
        Assert.Equal((2_000_000, (int?)3_000), (config.Tiers.For(ApiKeyTier.Enterprise).MonthlyLimit, config.Tiers.For(ApiKeyTier.Enterprise).BurstPerMinute));
    }

    [Fact]
    public void Load_WithValuesSet_ReadsEachOne()
    {
        var config = Load(
            ("PIERRE_HTTP_PORT", "9000"), ("PIERRE_REQUEST_TIMEOUT", "5"), ("JWT_EXPIRY_HOURS", "2"),
            ("LOG_FORMAT", "JSON"), ("LOG_LEVEL", "debug"), ("AUTO_APPROVE_USERS", "true"),
            ("CORS_ALLOWED_ORIGINS", "https://a.example, https://b.example"), ("BASE_URL", "https://pierre.example"),
            ("PIERRE_AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE", "3"),
            ("PIERRE_MCP_TCP_INIT_TIMEOUT_SECONDS", "2"), ("PIERRE_MCP_TCP_IDLE_TIMEOUT_SECONDS", "60"), ("PIERRE_MCP_MAX_BODY_BYTES", "65536"));

        Assert.Equal(9000, config.HttpPort);
        Assert.Equal(TimeSpan.FromSeconds(5), config.RequestTimeout);
        Assert.Equal(2, config.JwtExpiryHours);
        Assert.Equal(LogFormat.Json, config.LogFormat);
        Assert.Equal(LogLevel.Debug, config.LogLevel);
        Assert.True(config.AutoApproveUsers);
        Assert.Equal(["https://a.example", "https://b.example"], config.CorsAllowedOrigins);
        Assert.Equal(new Uri("https://pierre.example"), config.BaseUrl);
        Assert.Equal(3, config.AuthAccountRateLimitPerMinute);
        Assert.Equal(TimeSpan.FromSeconds(2), config.McpTcpInitTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), config.McpTcpIdleTimeout);
        Assert.Equal(65536, config.McpMaxBodyBytes);
    }

    [Theory]
    [InlineData("PIERRE_HTTP_PORT", "eighty", "not a whole number")]
    [InlineData("PIERRE_HTTP_PORT", "70000", "outside 1..65535")]
    [InlineData("PIERRE_MAX_CONNECTIONS", "0", "outside")]
    [InlineData("DATABASE_URL", "mysql://root@db/pierre", "unsupported scheme 'mysql'")]
    [InlineData("DATABASE_URL", "postgresql://", "not a valid postgresql:// URL")]
    [InlineData("DATABASE_URL", "postgresql://u@host", "names no database")]
    [InlineData("DATABASE_URL", "sqlite:", "needs a file path")]
    [InlineData("DATABASE_MAX_CONNECTIONS", "-1", "outside")]
    [InlineData("LOG_FORMAT", "xml", "not one of text, json")]
    [InlineData("LOG_LEVEL", "2", "not one of")]
    [InlineData("AUTO_APPROVE_USERS", "maybe", "not true or false")]
    [InlineData("BASE_URL", "ftp://x", "not an absolute http")]
    [InlineData("PIERRE_BIND_ADDRESS", "everywhere", "not an IP address")]
    [InlineData("PIERRE_AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE", "0", "outside 1..100000")]
    [InlineData("PIERRE_AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE", "ten", "not a whole number")]
    [InlineData("PIERRE_MCP_TCP_INIT_TIMEOUT_SECONDS", "0", "outside 1..600")]
    [InlineData("PIERRE_MCP_TCP_INIT_TIMEOUT_SECONDS", "ten", "not a whole number")]
    [InlineData("PIERRE_MCP_TCP_IDLE_TIMEOUT_SECONDS", "-5", "outside 1..86400")]
    [InlineData("PIERRE_MCP_MAX_BODY_BYTES", "100", "outside 4096..67108864")]
    [InlineData("PIERRE_MCP_MAX_BODY_BYTES", "1MB", "not a whole number")]
    [InlineData("PIERRE_TIER_TRIAL_MONTHLY", "-1", "outside 0..")]
    [InlineData("PIERRE_TIER_STARTER_BURST_PER_MINUTE", "fast", "not a whole number")]
    [InlineData("PIERRE_TIER_PROFESSIONAL_MONTHLY", "1e5", "not a whole number")]
    [InlineData("PIERRE_TIER_ENTERPRISE_BURST_PER_MINUTE", "-3000", "outside 0..")]
    public void Load_WithABadValue_NamesTheVariableAndTheProblem(string variable, string value, string problem)
    {
        var error = Assert.Throws<ConfigurationException>(() => Load((variable, value)));

        Assert.Equal(variable, error.Variable);
        Assert.StartsWith($"{variable}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://pierre:s%40cret@db.internal:6543/fitness?sslmode=disable", 6543)]
    [InlineData("postgres://pierre:s%40cret@db.internal/fitness", 5432)]
    public void DatabaseUrl_ForPostgres_BuildsTheNpgsqlConnection(string url, int port)
    {
        var config = Load(("DATABASE_URL", url), ("DATABASE_MAX_CONNECTIONS", "25"));

        var connection = new NpgsqlConnectionStringBuilder(config.Database.ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, config.Database.Provider);
        Assert.Equal("db.internal", connection.Host);
        Assert.Equal(port, connection.Port);
        Assert.Equal("fitness", connection.Database);
        Assert.Equal("pierre", connection.Username);
        Assert.Equal("s@cret", connection.Password);
        Assert.Equal(25, connection.MaxPoolSize);
    }

    [Fact]
    public void DatabaseUrl_Describe_NeverShowsThePassword()
    {
        var config = Load(("DATABASE_URL", "postgresql://pierre:topsecret@db/fitness"));

        Assert.Equal("postgresql://pierre@db:5432/fitness", config.Database.Describe());
        Assert.DoesNotContain("topsecret", config.Database.Describe(), StringComparison.Ordinal);
    }
}
