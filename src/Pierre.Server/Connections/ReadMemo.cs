using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Pierre.Server.Connections;

/// <summary>
/// Values derived from an immutable object (a <see cref="CachedRead{T}"/>'s value, or something derived from one), kept
/// exactly as long as that object lives. A refilled cache entry, a reconnected provider or another user is another
/// object, so a derived value can never be served for the wrong data; nothing has to be invalidated by hand. At most
/// <c>perSource</c> values are kept per object (further keys are computed each time).
/// </summary>
internal sealed class ReadMemo<TKey, TValue>(int perSource)
    where TKey : notnull
    where TValue : class
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<TKey, TValue>> _values = new();

    public TValue GetOrAdd(object source, TKey key, Func<TKey, TValue> compute)
    {
        var values = _values.GetValue(source, static _ => new ConcurrentDictionary<TKey, TValue>());
        if (values.TryGetValue(key, out var known))
        {
            return known;
        }

        var computed = compute(key);
        return values.Count < perSource ? values.GetOrAdd(key, computed) : computed;
    }
}
