using System.Threading.Channels;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Usage;

/// <summary>The seed's <c>RequestBatcher</c> for usage: requests enqueue rows, <see cref="UsageFlushService"/> writes them in batches.</summary>
internal sealed class UsageRecorder
{
    private readonly Channel<ApiKeyUsage> _pending = Channel.CreateUnbounded<ApiKeyUsage>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ApiKeyUsage> Reader => _pending.Reader;

    public void Record(ApiKeyUsage usage) => _pending.Writer.TryWrite(usage);
}
