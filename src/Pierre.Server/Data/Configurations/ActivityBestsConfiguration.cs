using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class ActivityBestsConfiguration : IEntityTypeConfiguration<ActivityBests>
{
    public void Configure(EntityTypeBuilder<ActivityBests> builder)
    {
        builder.ToTable("activity_bests");
        builder.Property(b => b.Provider).HasMaxLength(32);
        builder.Property(b => b.ActivityId).HasMaxLength(128);
        builder.Property(b => b.Sport).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(b => new { b.TenantId, b.UserId, b.Provider, b.ActivityId }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
