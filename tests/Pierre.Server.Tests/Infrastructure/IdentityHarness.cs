using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Admin;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>A running server on one database with helpers for the identity flows every test needs.</summary>
public sealed class IdentityHarness : IAsyncDisposable
{
    private IdentityHarness(TestDatabase database, PierreAppFactory app)
    {
        Database = database;
        App = app;
        Client = app.CreateClient();
    }

    public TestDatabase Database { get; }

    public PierreAppFactory App { get; }

    public HttpClient Client { get; }

    public static async Task<IdentityHarness> StartAsync(string provider, Dictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabases.CreateAsync(provider);
        var merged = new Dictionary<string, string> { ["PIERRE_AUTH_RATE_LIMIT_PER_MINUTE"] = "1000" };
        foreach (var (k, v) in settings ?? [])
        {
            merged[k] = v;
        }

        return new IdentityHarness(database, new PierreAppFactory(database, merged, services));
    }

    internal T Scoped<T>(Func<IServiceProvider, T> use)
    {
        using var scope = App.Services.CreateScope();
        return use(scope.ServiceProvider);
    }

    internal async Task<T> ScopedAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    internal Task<T> DbAsync<T>(Func<PierreDbContext, Task<T>> use) => ScopedAsync(sp => use(sp.GetRequiredService<PierreDbContext>()));

    /// <summary>Signs in as a new super-admin created the way <c>admin create</c> does; returns its access token.</summary>
    public async Task<string> SuperAdminTokenAsync(string email = "root@example.com")
    {
        var created = await ScopedAsync(sp => sp.GetRequiredService<SuperAdminCreator>().CreateAsync(email, "root password 1", "Root", CancellationToken.None));
        Assert.NotNull(created.User);
        return (await LoginAsync(email, "root password 1")).Str("access_token");
    }

    /// <summary>Registers through the API; returns the user id.</summary>
    public async Task<string> RegisterAsync(string email, string password = "password123")
    {
        var (status, body, _) = await Client.PostAsync("/api/auth/register", new { email, password, display_name = email.Split('@')[0] });
        Assert.Equal(HttpStatusCode.Created, status);
        return body.Str("user_id");
    }

    public async Task<System.Text.Json.Nodes.JsonNode> LoginAsync(string email, string password = "password123")
    {
        var (status, body, _) = await Client.PostAsync("/api/auth/login", new { email, password });
        Assert.True(status == HttpStatusCode.OK, $"login {status}: {body?.ToJsonString()}");
        return body!;
    }

    /// <summary>Registers, approves (as <paramref name="adminToken"/>) and signs in; returns the user's access token and id.</summary>
    public async Task<(string Token, string UserId)> ActiveUserAsync(string email, string adminToken)
    {
        var id = await RegisterAsync(email);
        var (status, _, _) = await Client.PostAsync($"/admin/users/{id}/approve", null, adminToken);
        Assert.Equal(HttpStatusCode.OK, status);
        return ((await LoginAsync(email)).Str("access_token"), id);
    }

    public async Task<string> CreateKeyAsync(string token, string name = "key", string? tier = null)
    {
        var (status, body, _) = await Client.PostAsync("/api/keys", new { name, tier }, token);
        Assert.True(status == HttpStatusCode.Created, $"create key {status}: {body?.ToJsonString()}");
        return body.Str("key");
    }

    /// <summary>Puts an active user straight into a tenant, without an invitation.</summary>
    internal async Task<Guid> AddUserToTenantAsync(Guid tenantId, string email, UserRole role)
    {
        return await ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<PierreDbContext>();
            var user = new User
            {
                Id = Guid.CreateVersion7(), TenantId = tenantId, Email = email, DisplayName = email, PasswordHash = string.Empty,
                Role = role, Status = UserStatus.Active, CreatedAt = DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc),
                UpdatedAt = DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc),
            };
            user.PasswordHash = sp.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, "password123");
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
