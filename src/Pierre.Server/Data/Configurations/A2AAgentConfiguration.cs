using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class A2AAgentConfiguration : IEntityTypeConfiguration<A2AAgent>
{
    public void Configure(EntityTypeBuilder<A2AAgent> builder)
    {
        builder.ToTable("a2a_agents");
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.Property(a => a.Contact).HasMaxLength(200);
        builder.Property(a => a.Capabilities).HasMaxLength(4000);
        builder.HasIndex(a => new { a.TenantId, a.UserId });
        builder.HasIndex(a => a.ApiKeyId).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApiKey>().WithMany().HasForeignKey(a => a.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
    }
}
