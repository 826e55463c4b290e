using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.KeyPrefix).HasMaxLength(32);
        builder.Property(k => k.Tier).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasIndex(k => new { k.TenantId, k.UserId });
        builder.HasOne<User>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
