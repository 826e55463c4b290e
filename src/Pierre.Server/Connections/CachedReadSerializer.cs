using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Caching.Hybrid;

namespace Pierre.Server.Connections;

/// <summary>One cached type as JSON with <see cref="CachedReadSerializerFactory.Options"/>.</summary>
internal sealed class CachedReadSerializer<T> : IHybridCacheSerializer<T>
{
    public T Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new Utf8JsonReader(source);
        return JsonSerializer.Deserialize<T>(ref reader, CachedReadSerializerFactory.Options)!;
    }

    public void Serialize(T value, IBufferWriter<byte> target)
    {
        using var writer = new Utf8JsonWriter(target);
        JsonSerializer.Serialize(writer, value, CachedReadSerializerFactory.Options);
    }
}
