using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pierre.Server.Realtime;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(UsageEvent))]
[JsonSerializable(typeof(ProviderEvent))]
[JsonSerializable(typeof(SyncEvent))]
[JsonSerializable(typeof(AccountEvent))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(PongEvent))]
[JsonSerializable(typeof(ClientMessage))]
internal sealed partial class RealtimeJsonContext : JsonSerializerContext
{
    /// <summary>The frame's UTF-8 bytes, serialized once and shared by every socket it goes to.</summary>
    public static ReadOnlyMemory<byte> Frame(RealtimeEvent message) =>
        JsonSerializer.SerializeToUtf8Bytes(message, Default.GetTypeInfo(message.GetType())!);

    public static ClientMessage? Read(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, Default.ClientMessage);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
