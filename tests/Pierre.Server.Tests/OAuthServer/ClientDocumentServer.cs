using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pierre.Server.Tests.OAuthServer;

/// <summary>A client's web site on loopback that serves its Client ID Metadata Document, which a test may change.</summary>
public sealed class ClientDocumentServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ClientDocumentServer(WebApplication app) => _app = app;

    public Uri DocumentUrl { get; private set; } = null!;

    /// <summary>The body served at <see cref="DocumentUrl"/>; null serves a 404.</summary>
    public string? Document { get; set; }

    public int Fetches { get; private set; }

    public static async Task<ClientDocumentServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new ClientDocumentServer(app);
        app.MapGet("/oauth/client.json", () =>
        {
            server.Fetches++;
            return server.Document is { } body ? Results.Text(body, "application/json") : Results.NotFound();
        });
        app.MapGet("/elsewhere", () => Results.Redirect("/oauth/client.json"));
        await app.StartAsync(CancellationToken.None);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.DocumentUrl = new Uri(address.TrimEnd('/') + "/oauth/client.json");
        return server;
    }

    public string DocumentFor(string redirectUri, string? clientId = null, string name = "Docs Assistant") =>
        new System.Text.Json.Nodes.JsonObject
        {
            ["client_id"] = clientId ?? DocumentUrl.AbsoluteUri, ["client_name"] = name,
            ["redirect_uris"] = new System.Text.Json.Nodes.JsonArray(redirectUri), ["token_endpoint_auth_method"] = "none",
        }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
