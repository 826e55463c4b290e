using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pierre.Server.Admin;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// The whole server in process, on a real database and its own key files. Settings go through the same
/// configuration keys as the environment variables they stand for; <paramref name="services"/> adds to the app's own.
/// </summary>
public sealed class PierreAppFactory(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private readonly TempDirectory _keys = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public string EncryptionKeyPath => _keys.Combine("secrets", "encryption.key");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DATABASE_URL", database.Url);
        builder.UseSetting("DATABASE_ENCRYPTION_KEY_PATH", EncryptionKeyPath);
        builder.UseSetting("JWT_SECRET_PATH", _keys.Combine("secrets", "jwt.secret"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(registered =>
        {
            registered.AddSingleton<ILoggerProvider>(Logs);
            // The banner writes to the process's console; FirstRunProcessTests read it from the real binary.
            registered.Remove(registered.Single(d => d.ImplementationType == typeof(FirstRunBanner)));
            services?.Invoke(registered);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _keys.Dispose();
    }
}
