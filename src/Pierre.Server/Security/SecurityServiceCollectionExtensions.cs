using Microsoft.AspNetCore.Identity;
using Pierre.Server.Configuration;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Security;

internal static class SecurityServiceCollectionExtensions
{
    /// <summary>Loads or generates both keys (the seed's key step) and registers what uses them.</summary>
    public static IServiceCollection AddPierreSecurity(this IServiceCollection services, ServerConfig config)
    {
        var encryptionKey = KeyStore.LoadOrGenerate(config.EncryptionKeyPath, KeyStore.EncryptionKeyLength, "encryption key");
        var jwtSecret = KeyStore.LoadOrGenerate(config.JwtSecretPath, KeyStore.JwtSecretLength, "JWT secret");
        services.AddSingleton(new EncryptionService(encryptionKey));
        services.AddSingleton(new JwtSigningSecret(jwtSecret));
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        return services;
    }
}
