using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Hybrid;

namespace Pierre.Server.Connections;

/// <summary>
/// Serializes cached provider reads as JSON that keeps NaN: streams mark a second without a sample as NaN (Fitbit's heart
/// rate between samples, and its distance, speed and altitude throughout), which the default serializer refuses to write.
/// </summary>
internal sealed class CachedReadSerializerFactory : IHybridCacheSerializerFactory
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        serializer = new CachedReadSerializer<T>();
        return true;
    }
}
