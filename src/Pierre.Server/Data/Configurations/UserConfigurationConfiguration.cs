using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class UserConfigurationConfiguration : IEntityTypeConfiguration<UserConfiguration>
{
    public void Configure(EntityTypeBuilder<UserConfiguration> builder)
    {
        builder.ToTable("user_configurations");
        builder.HasKey(c => c.UserId);
        builder.Property(c => c.Profile).HasMaxLength(64);
        builder.Property(c => c.DefaultProvider).HasMaxLength(32);
        builder.HasIndex(c => c.TenantId);
        builder.HasOne<User>().WithOne().HasForeignKey<UserConfiguration>(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
