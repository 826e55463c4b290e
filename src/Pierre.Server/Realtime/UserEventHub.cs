using System.Collections.Concurrent;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Realtime;

/// <summary>
/// The open <c>/ws</c> sockets by tenant and user. A user's events go to that user's sockets only. Publishing sits on
/// the path of every request, so a user with no socket costs one dictionary lookup: the event is built and serialized
/// only when someone listens, once for all their sockets.
/// </summary>
internal sealed class UserEventHub
{
    private readonly ConcurrentDictionary<UserKey, LiveSocket[]> _sockets = new();

    public int ConnectionCount => _sockets.Values.Sum(s => s.Length);

    public int ConnectionsOf(Guid tenantId, Guid userId) =>
        _sockets.TryGetValue(new UserKey(tenantId, userId), out var sockets) ? sockets.Length : 0;

    /// <summary>Sends <paramref name="create"/>(<paramref name="state"/>) to the user's sockets, when they have any.</summary>
    public void Publish<TState>(Guid tenantId, Guid userId, TState state, Func<TState, RealtimeEvent> create)
    {
        if (!_sockets.TryGetValue(new UserKey(tenantId, userId), out var sockets))
        {
            return;
        }

        var frame = RealtimeJsonContext.Frame(create(state));
        foreach (var socket in sockets)
        {
            socket.Send(frame);
        }
    }

    /// <summary>An admin approved or suspended the user; a suspended user's sockets are closed after the event.</summary>
    public void AccountStatusChanged(Guid tenantId, Guid userId, UserStatus status, DateTimeOffset at)
    {
        switch (status)
        {
            case UserStatus.Active:
                Publish(tenantId, userId, at, AccountEvent.Approved);
                break;
            case UserStatus.Suspended:
                Publish(tenantId, userId, at, AccountEvent.Suspended);
                foreach (var socket in _sockets.GetValueOrDefault(new UserKey(tenantId, userId), []))
                {
                    socket.Close(SocketClose.PolicyViolation("the account was suspended"));
                }

                break;
        }
    }

    public void Add(LiveSocket socket) =>
        _sockets.AddOrUpdate(socket.User, static (_, added) => [added], static (_, existing, added) => [.. existing, added], socket);

    public void Remove(LiveSocket socket)
    {
        while (_sockets.TryGetValue(socket.User, out var current))
        {
            var remaining = Array.FindAll(current, s => s != socket);
            if (remaining.Length == current.Length)
            {
                return;
            }

            var swapped = remaining.Length == 0
                ? _sockets.TryRemove(new KeyValuePair<UserKey, LiveSocket[]>(socket.User, current))
                : _sockets.TryUpdate(socket.User, remaining, current);
            if (swapped)
            {
                return;
            }
        }
    }
}
