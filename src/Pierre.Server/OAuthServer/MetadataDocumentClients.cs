using OpenIddict.Abstractions;
using OpenIddict.Server;
using Pierre.Server.Configuration;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// Before OpenIddict looks a client up at <c>/oauth2/authorize</c>, a client id that is a metadata document's URL is
/// fetched and checked, and the client is stored (or its redirect URIs and name brought up to date) so that the rest
/// of the flow treats it like a registered public client. A document that cannot be used refuses the request.
/// </summary>
internal sealed class MetadataDocumentClients(ClientMetadataDocuments documents, IOpenIddictApplicationManager applications, ServerConfig config)
    : IOpenIddictServerHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>
{
    public async ValueTask HandleAsync(OpenIddictServerEvents.ValidateAuthorizationRequestContext context)
    {
        var clientId = context.Request.ClientId;
        if (!documents.IsDocumentUrl(clientId))
        {
            return;
        }

        var (client, problem) = await documents.GetAsync(clientId!, context.CancellationToken).ConfigureAwait(false);
        if (client is null)
        {
            context.Reject(OpenIddictConstants.Errors.InvalidClient, problem);
            return;
        }

        var descriptor = OAuthClients.Descriptor(client.ClientId, client.Name, client.RedirectUris, secret: null, OAuthServerExtensions.McpResource(config));
        if (await applications.FindByClientIdAsync(client.ClientId, context.CancellationToken).ConfigureAwait(false) is not { } stored)
        {
            await applications.CreateAsync(descriptor, context.CancellationToken).ConfigureAwait(false);
            return;
        }

        var known = await applications.GetRedirectUrisAsync(stored, context.CancellationToken).ConfigureAwait(false);
        if (!known.ToHashSet(StringComparer.Ordinal).SetEquals(client.RedirectUris.Select(u => u.AbsoluteUri))
            || await applications.GetDisplayNameAsync(stored, context.CancellationToken).ConfigureAwait(false) != client.Name)
        {
            await applications.PopulateAsync(stored, descriptor, context.CancellationToken).ConfigureAwait(false);
            await applications.UpdateAsync(stored, context.CancellationToken).ConfigureAwait(false);
        }
    }
}
