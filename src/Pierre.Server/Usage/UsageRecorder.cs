using System.Threading.Channels;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Usage;

/// <summary>
/// The seed's <c>RequestBatcher</c> for usage: requests enqueue rows, and <see cref="UsageFlushService"/> writes them in
/// batches and then tells the user's live sockets (if any) of each.
/// </summary>
internal sealed class UsageRecorder
{
    private readonly Channel<ApiKeyUsage> _pending = Channel.CreateUnbounded<ApiKeyUsage>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ApiKeyUsage> Reader => _pending.Reader;

    public void Record(ApiKeyUsage usage) => _pending.Writer.TryWrite(usage);
}
