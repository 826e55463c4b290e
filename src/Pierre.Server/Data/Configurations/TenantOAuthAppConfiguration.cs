using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class TenantOAuthAppConfiguration : IEntityTypeConfiguration<TenantOAuthApp>
{
    public void Configure(EntityTypeBuilder<TenantOAuthApp> builder)
    {
        builder.ToTable("tenant_oauth_apps");
        builder.Property(a => a.Provider).HasMaxLength(32);
        builder.Property(a => a.ClientId).HasMaxLength(256);
        builder.Property(a => a.RedirectUri).HasMaxLength(1000);
        builder.Property(a => a.Scopes).HasMaxLength(1000);
        builder.HasIndex(a => new { a.TenantId, a.Provider }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
