namespace Pierre.Server.Admin;

internal static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddPierreAdmin(this IServiceCollection services) =>
        services.AddScoped<SuperAdminCreator>();
}
