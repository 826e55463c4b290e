using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class TenantToolOverrideConfiguration : IEntityTypeConfiguration<TenantToolOverride>
{
    public void Configure(EntityTypeBuilder<TenantToolOverride> builder)
    {
        builder.ToTable("tenant_tool_overrides");
        builder.HasKey(o => new { o.TenantId, o.ToolName });
        builder.Property(o => o.ToolName).HasMaxLength(64);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(o => o.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
