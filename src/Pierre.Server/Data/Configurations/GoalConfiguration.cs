using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.ToTable("goals");
        builder.Property(g => g.Title).HasMaxLength(200);
        builder.Property(g => g.GoalType).HasMaxLength(32);
        builder.Property(g => g.SportType).HasMaxLength(32);
        builder.Property(g => g.Status).HasMaxLength(32);
        builder.Property(g => g.Unit).HasMaxLength(16);
        builder.HasIndex(g => new { g.TenantId, g.UserId });
        builder.HasOne<User>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
