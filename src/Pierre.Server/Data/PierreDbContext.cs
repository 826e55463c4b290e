using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenIddict.EntityFrameworkCore.Models;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data;

/// <summary>
/// The one model for both databases. Each provider has its own subclass so that each keeps its own migrations
/// (<see cref="SqlitePierreDbContext"/>, <see cref="PostgresPierreDbContext"/>).
/// </summary>
internal abstract class PierreDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<User> Users => Set<User>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<ApiKeyUsage> ApiKeyUsage => Set<ApiKeyUsage>();
    public DbSet<AdminToken> AdminTokens => Set<AdminToken>();
    public DbSet<ProviderConnection> ProviderConnections => Set<ProviderConnection>();
    public DbSet<ProviderToken> ProviderTokens => Set<ProviderToken>();
    public DbSet<TenantOAuthApp> TenantOAuthApps => Set<TenantOAuthApp>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<UserConfiguration> UserConfigurations => Set<UserConfiguration>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<TenantToolOverride> TenantToolOverrides => Set<TenantToolOverride>();
    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<OAuthState> OAuthStates => Set<OAuthState>();
    public DbSet<ActivityBests> ActivityBests => Set<ActivityBests>();
    public DbSet<A2AAgent> A2AAgents => Set<A2AAgent>();
    public DbSet<A2ATask> A2ATasks => Set<A2ATask>();
    public DbSet<OAuthServerKey> OAuthServerKeys => Set<OAuthServerKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PierreDbContext).Assembly);

        // OpenIddict's applications, grants and tokens (the OAuth authorization server, OAuthServer/), named like ours.
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>(b =>
        {
            b.ToTable("oauth_applications");
            // A Client ID Metadata Document's client id is its https URL, longer than OpenIddict's 100 characters.
            b.Property(a => a.ClientId).HasMaxLength(OAuthServer.OAuthClients.MaxClientIdLength);
        });
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("oauth_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("oauth_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("oauth_tokens");
    }

    // Every timestamp is UTC. SQLite gives back DateTimeKind.Unspecified and Npgsql refuses anything but Utc for
    // timestamptz, so one converter makes both behave the same.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
