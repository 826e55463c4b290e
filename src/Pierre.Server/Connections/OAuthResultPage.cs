using System.Net;

namespace Pierre.Server.Connections;

/// <summary>
/// The small page a user lands on after granting (or refusing) access at a provider. Served by the server itself it is
/// a page of the web UI (its stylesheet, a way back to the connections); the stdio transport's loopback listener serves
/// it bare.
/// </summary>
internal static class OAuthResultPage
{
    public static string Render(string title, string detail, bool inWebUi = false) =>
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pierre: {WebUtility.HtmlEncode(title)}</title>{(inWebUi ? "<link rel=\"stylesheet\" href=\"/assets/site.css\">" : string.Empty)}</head>
        <body><main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(detail)}</p><p>You can close this window{(inWebUi ? ", or go back to <a href=\"/connections\">your connections</a>" : string.Empty)}.</p></main></body></html>
        """;
}
