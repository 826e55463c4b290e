using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class A2ATaskConfiguration : IEntityTypeConfiguration<A2ATask>
{
    public void Configure(EntityTypeBuilder<A2ATask> builder)
    {
        builder.ToTable("a2a_tasks");
        builder.Property(t => t.ContextId).HasMaxLength(200);
        builder.Property(t => t.ToolName).HasMaxLength(100);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(t => new { t.TenantId, t.UserId, t.AgentId, t.CreatedAt });
        builder.HasIndex(t => t.ExpiresAt);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
