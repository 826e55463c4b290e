using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class ProviderTokenConfiguration : IEntityTypeConfiguration<ProviderToken>
{
    public void Configure(EntityTypeBuilder<ProviderToken> builder)
    {
        builder.ToTable("provider_tokens");
        builder.Property(t => t.Provider).HasMaxLength(32);
        builder.Property(t => t.ClientId).HasMaxLength(256);
        builder.HasIndex(t => new { t.TenantId, t.UserId, t.Provider }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
