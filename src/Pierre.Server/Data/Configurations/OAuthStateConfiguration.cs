using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class OAuthStateConfiguration : IEntityTypeConfiguration<OAuthState>
{
    public void Configure(EntityTypeBuilder<OAuthState> builder)
    {
        builder.ToTable("oauth_states");
        builder.Property(s => s.StateHash).HasMaxLength(64);
        builder.HasIndex(s => s.StateHash).IsUnique();
        builder.Property(s => s.Provider).HasMaxLength(32);
        builder.Property(s => s.RedirectUri).HasMaxLength(1000);
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
