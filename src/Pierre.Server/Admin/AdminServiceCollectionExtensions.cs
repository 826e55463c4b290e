using Pierre.Server.ApiKeys;
using Pierre.Server.Tenants;

namespace Pierre.Server.Admin;

internal static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddPierreAdmin(this IServiceCollection services) =>
        services
            .AddScoped<SuperAdminCreator>()
            .AddScoped<FirstRunSetup>()
            .AddScoped<AdminUserService>()
            .AddScoped<AuditLogService>()
            .AddScoped<AdminTokenService>()
            .AddScoped<TenantService>()
            .AddScoped<ApiKeyService>();
}
