using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class ApiKeyUsageConfiguration : IEntityTypeConfiguration<ApiKeyUsage>
{
    public void Configure(EntityTypeBuilder<ApiKeyUsage> builder)
    {
        builder.ToTable("api_key_usage");
        builder.Property(u => u.Operation).HasMaxLength(200);
        builder.HasIndex(u => new { u.ApiKeyId, u.Timestamp });
        builder.HasIndex(u => new { u.TenantId, u.UserId, u.Timestamp });
    }
}
