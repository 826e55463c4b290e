using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Data.Configurations;

internal sealed class OAuthServerKeyConfiguration : IEntityTypeConfiguration<OAuthServerKey>
{
    public void Configure(EntityTypeBuilder<OAuthServerKey> builder)
    {
        builder.ToTable("oauth_server_keys");
        builder.Property(k => k.Purpose).HasMaxLength(32);
        builder.HasIndex(k => k.Purpose).IsUnique();
    }
}
