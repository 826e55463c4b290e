using System.Threading.Channels;
using Pierre.Server.Data.Entities;
using Pierre.Server.Realtime;

namespace Pierre.Server.Usage;

/// <summary>
/// The seed's <c>RequestBatcher</c> for usage: requests enqueue rows, <see cref="UsageFlushService"/> writes them in batches,
/// and the user's live sockets (if any) hear of each.
/// </summary>
internal sealed class UsageRecorder(UserEventHub events)
{
    private readonly Channel<ApiKeyUsage> _pending = Channel.CreateUnbounded<ApiKeyUsage>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ApiKeyUsage> Reader => _pending.Reader;

    public void Record(ApiKeyUsage usage)
    {
        _pending.Writer.TryWrite(usage);
        events.Publish(usage.TenantId, usage.UserId, usage, UsageEvent.Of);
    }
}
