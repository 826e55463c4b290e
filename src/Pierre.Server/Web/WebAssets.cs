using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Pierre.Server.Web;

/// <summary>
/// The UI's stylesheet and script, embedded in the assembly so that every way of running Pierre (<c>dotnet run</c>, the
/// .NET tool, the container, the tests) serves the same bytes without a web root on disk.
/// </summary>
internal sealed class WebAssets
{
    private const string Prefix = "web/";

    private readonly FrozenDictionary<string, Asset> _assets = typeof(WebAssets).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .ToFrozenDictionary(n => n[Prefix.Length..], Load, StringComparer.Ordinal);

    public IResult Serve(string name, HttpContext context)
    {
        if (!_assets.TryGetValue(name, out var asset))
        {
            return TypedResults.NotFound();
        }

        var headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = "no-cache";
        return context.Request.Headers.IfNoneMatch == asset.ETag
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(asset.Bytes, asset.ContentType);
    }

    private static Asset Load(string resource)
    {
        using var stream = typeof(WebAssets).Assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var type = Path.GetExtension(resource) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return new Asset(bytes, type, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"").ToString());
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
