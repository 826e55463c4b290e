using System.Security.Claims;
using Microsoft.AspNetCore.Components;

namespace Pierre.Server.Web.Components;

/// <summary>What every page needs from the request it renders: who is signed in, and the request's cancellation.</summary>
public abstract class PierrePage : ComponentBase
{
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    protected ClaimsPrincipal User => HttpContext.User;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>A return address only when it stays on this site, so a crafted link cannot send someone elsewhere after signing in.</summary>
    protected static string LocalUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
