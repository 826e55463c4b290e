namespace Pierre.Server.Tenants;

internal static class TenantServiceCollectionExtensions
{
    public static IServiceCollection AddPierreTenants(this IServiceCollection services) =>
        services
            .AddScoped<InvitationService>()
            .AddScoped<UserRoleService>()
            .AddScoped<TenantOAuthAppService>();
}
