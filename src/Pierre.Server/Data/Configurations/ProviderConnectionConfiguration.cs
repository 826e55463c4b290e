using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class ProviderConnectionConfiguration : IEntityTypeConfiguration<ProviderConnection>
{
    public void Configure(EntityTypeBuilder<ProviderConnection> builder)
    {
        builder.ToTable("provider_connections");
        builder.Property(c => c.Provider).HasMaxLength(32);
        builder.Property(c => c.ProviderUserId).HasMaxLength(128);
        builder.Property(c => c.Scopes).HasMaxLength(1000);
        builder.HasIndex(c => new { c.TenantId, c.UserId, c.Provider }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
