using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class AdminTokenConfiguration : IEntityTypeConfiguration<AdminToken>
{
    public void Configure(EntityTypeBuilder<AdminToken> builder)
    {
        builder.ToTable("admin_tokens");
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.TokenPrefix).HasMaxLength(32);
        builder.Property(t => t.Permissions).HasMaxLength(1000);
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}
