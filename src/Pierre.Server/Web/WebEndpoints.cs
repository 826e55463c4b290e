using Microsoft.AspNetCore.Http.HttpResults;
using Pierre.Server.Auth;
using Pierre.Server.Web.Components;
using Pierre.Server.Web.Components.Shared;

namespace Pierre.Server.Web;

internal static class WebEndpoints
{
    /// <summary>The pages, their stylesheet and script, and the fragment the dashboard fetches again when usage changes.</summary>
    public static IEndpointRouteBuilder MapPierreWeb(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name, HttpContext context, WebAssets assets) => assets.Serve(name, context)).ExcludeFromDescription();
        app.MapGet("/ui/usage", () => new RazorComponentResult<UsagePanel>()).RequireAuthorization(Policies.WebUser).ExcludeFromDescription();
        app.MapRazorComponents<App>();
        return app;
    }
}
