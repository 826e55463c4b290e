using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Admin;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Admin;

/// <summary>Generated from the route table: a new /admin (or /metrics) route that declares no permission fails here.</summary>
public sealed class AdminRouteTableTests
{
    [Fact]
    public async Task EveryAdminRoute_DeclaresThePermissionItNeeds_AndOnlySetupIsPublic()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);

        var admin = h.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && (route.StartsWith("/admin", StringComparison.Ordinal) || route.StartsWith("/metrics", StringComparison.Ordinal)))
            .ToList();

        Assert.True(admin.Count >= 10, $"only {admin.Count} admin routes found");
        Assert.All(admin, e =>
        {
            var permission = e.Metadata.GetMetadata<AdminPermission>();
            Assert.True(permission is not null, $"{e.DisplayName} declares no AdminPermission");
            Assert.True(permission == AdminPermission.Public || AdminAccess.All.Contains(permission.Name), $"{e.DisplayName}: unknown permission {permission.Name}");
        });
        Assert.Equal(["/admin/setup"], admin.Where(e => e.Metadata.GetMetadata<AdminPermission>() == AdminPermission.Public).Select(e => e.RoutePattern.RawText));
        Assert.Equal(AdminAccess.ViewOperations, Assert.Single(admin, e => e.RoutePattern.RawText == "/metrics").Metadata.GetMetadata<AdminPermission>()!.Name);
        Assert.Equal(AdminAccess.ManageTenants, Assert.Single(admin, e => e.RoutePattern.RawText == "/admin/tenants/{id:guid}/plan").Metadata.GetMetadata<AdminPermission>()!.Name);
    }

    [Fact]
    public async Task PermissionFilter_WithoutDeclaredPermission_Refuses()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(), "undeclared"));
        var reached = false;

        var result = await AdminEndpoints.RequirePermission(
            new DefaultEndpointFilterInvocationContext(context),
            _ =>
            {
                reached = true;
                return ValueTask.FromResult<object?>(Results.Ok());
            });

        Assert.False(reached);
        var problem = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>(result);
        Assert.Equal((int)HttpStatusCode.Forbidden, problem.StatusCode);
    }
}
