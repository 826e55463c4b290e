using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.FileProviders;
using Pierre.Server.Auth;
using Pierre.Server.Web.Components;
using Pierre.Server.Web.Components.Shared;

namespace Pierre.Server.Web;

internal static class WebEndpoints
{
    /// <summary>
    /// Blazor's own script (<c>/_framework/blazor.web.js</c>, for enhanced forms) from the framework's static web
    /// assets: beside the app in a published build, through the build's manifest otherwise. Middleware rather than
    /// MapStaticAssets, whose catch-all GET route would turn a POST to any unknown path into a 405. Without the script
    /// the forms are plain posts, and work the same.
    /// </summary>
    public static IApplicationBuilder UseBlazorScript(this WebApplication app)
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var files = Directory.Exists(published)
            ? new CompositeFileProvider(new PhysicalFileProvider(published), app.Environment.WebRootFileProvider)
            : app.Environment.WebRootFileProvider;
        return app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = string.Empty });
    }

    /// <summary>The pages, their stylesheet and script, and the fragment the dashboard fetches again when usage changes.</summary>
    public static IEndpointRouteBuilder MapPierreWeb(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name, HttpContext context, WebAssets assets) => assets.Serve(name, context)).ExcludeFromDescription();
        app.MapGet("/ui/usage", () => new RazorComponentResult<UsagePanel>()).RequireAuthorization(Policies.WebUser).ExcludeFromDescription();
        app.MapRazorComponents<App>();
        return app;
    }
}
