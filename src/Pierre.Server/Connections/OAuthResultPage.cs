using System.Net;

namespace Pierre.Server.Connections;

/// <summary>The small page a user lands on after granting (or refusing) access at a provider.</summary>
internal static class OAuthResultPage
{
    public static string Render(string title, string detail) =>
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pierre: {WebUtility.HtmlEncode(title)}</title></head>
        <body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(detail)}</p><p>You can close this window.</p></body></html>
        """;
}
