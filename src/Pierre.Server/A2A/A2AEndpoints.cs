using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Errors;
using Pierre.Server.Mcp;

namespace Pierre.Server.A2A;

/// <summary>
/// The A2A front end: the agent card (public), agent registration and management (the owner, never an agent), the
/// tools an agent may call, and the JSON-RPC endpoint.
/// </summary>
internal static class A2AEndpoints
{
    public static IEndpointRouteBuilder MapPierreA2A(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AgentCard.WellKnownPath, Card).AllowAnonymous();
        endpoints.MapGet("/a2a/agent-card", Card).AllowAnonymous();

        var maxBodyBytes = endpoints.ServiceProvider.GetRequiredService<ServerConfig>().McpMaxBodyBytes;
        endpoints.MapPost("/a2a", A2AJsonRpcEndpoint.HandleAsync)
            .RequireAuthorization(Policies.ToolCaller).WithMetadata(new RequestSizeLimitAttribute(maxBodyBytes));
        endpoints.MapPost("/a2a/tools", ToolsAsync).RequireAuthorization(Policies.ToolCaller);

        endpoints.MapPost("/a2a/register", RegisterAsync).RequireAuthorization(Policies.ActiveUser);
        var clients = endpoints.MapGroup("/a2a/clients").RequireAuthorization(Policies.ActiveUser);
        clients.MapGet("/", async (ClaimsPrincipal user, A2AAgentService agents, CancellationToken ct) =>
            TypedResults.Ok(await agents.ListAsync(user, ct).ConfigureAwait(false)));
        clients.MapPut("/{id:guid}/capabilities", async (Guid id, AgentCapabilitiesRequest request, ClaimsPrincipal user, A2AAgentService agents, CancellationToken ct) =>
            (await agents.SetCapabilitiesAsync(user, id, request, ct).ConfigureAwait(false)).ToOk());
        clients.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, A2AAgentService agents, CancellationToken ct) =>
            (await agents.RevokeAsync(user, id, ct).ConfigureAwait(false)).ToNoContent());
        return endpoints;
    }

    private static IResult Card(HttpContext http, AgentCard card)
    {
        http.Response.Headers.Vary = A2AJsonRpcEndpoint.VersionHeader;
        return Results.Text(card.For(http.Request.Headers[A2AJsonRpcEndpoint.VersionHeader]), A2AMediaTypes.Json);
    }

    private static async Task<Results<Created<RegisteredAgent>, ProblemHttpResult>> RegisterAsync(
        RegisterAgentRequest request, ClaimsPrincipal user, A2AAgentService agents, HttpResponse response, CancellationToken ct)
    {
        var result = await agents.RegisterAsync(user, request, ct).ConfigureAwait(false);
        if (result.Value is not { } agent)
        {
            return result.Refusal!.ToProblem();
        }

        // The key is shown once: no cache may keep a copy.
        response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/a2a/clients/{agent.ClientId}", agent);
    }

    private static async Task<Results<Ok<A2AToolsView>, ProblemHttpResult>> ToolsAsync(
        ClaimsPrincipal user, CallerResolver callers, ToolGate gate, ToolCatalog catalog, CancellationToken ct)
    {
        var (caller, refusal) = await callers.ResolveAsync(user, ct).ConfigureAwait(false);
        if (caller is null)
        {
            return Problems.Unauthorized($"Refused: {refusal}.");
        }

        var allowed = await gate.AllowedAsync(new McpCaller(caller, user), ct).ConfigureAwait(false);
        return TypedResults.Ok(new A2AToolsView([.. allowed.Select(t =>
        {
            var tool = catalog.Protocol[t.Name];
            return new A2AToolView(t.Name, t.Title, ToolGroupInfo.Of(t.Group).Id, t.Description, tool.InputSchema, tool.OutputSchema, t.ReadOnly, t.Destructive);
        })]));
    }
}
