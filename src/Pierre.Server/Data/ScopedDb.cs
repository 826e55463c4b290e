namespace Pierre.Server.Data;

/// <summary>
/// The scope's <see cref="PierreDbContext"/>, rented from the pool when a query first needs it. The services on a tool
/// call's path take this instead of the context, so a call that the caches answer rents none, and skips the pool's
/// rent and the context's reset on return.
/// </summary>
internal sealed class ScopedDb(IServiceProvider scope)
{
    public PierreDbContext Context => field ??= scope.GetRequiredService<PierreDbContext>();
}
