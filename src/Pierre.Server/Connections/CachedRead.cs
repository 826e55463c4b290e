using System.ComponentModel;

namespace Pierre.Server.Connections;

/// <summary>
/// A provider read as HybridCache holds it. Sealed and marked immutable so the in-memory cache hands back the same
/// object instead of deserializing a copy on every hit (nothing mutates the model records or their arrays); it also
/// lets an absent value (an activity without streams) be cached like any other.
/// </summary>
[ImmutableObject(true)]
internal sealed record CachedRead<T>(T Value);
