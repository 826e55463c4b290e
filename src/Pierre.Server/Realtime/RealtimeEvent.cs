using System.Text.Json.Serialization;

namespace Pierre.Server.Realtime;

/// <summary>One JSON text frame to a client; <see cref="Type"/> says which.</summary>
internal abstract record RealtimeEvent([property: JsonPropertyOrder(-1)] string Type);
