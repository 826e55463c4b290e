namespace Pierre.Server.Usage;

/// <summary>
/// The seed's <c>RequestBatcher</c> for usage: requests add rows, and <see cref="UsageFlushService"/> takes them all at
/// once, writes them in batches and then tells the user's live sockets (if any) of each. Two buffers take turns, so
/// recording a row allocates nothing once they have grown to a flush's worth.
/// </summary>
internal sealed class UsageRecorder
{
    private readonly Lock _lock = new();
    private List<UsageRow> _pending = [];
    private List<UsageRow> _taken = [];

    public void Record(in UsageRow row)
    {
        lock (_lock)
        {
            _pending.Add(row);
        }
    }

    /// <summary>
    /// The rows recorded since the last call, oldest first. The list is the caller's until its next call, which
    /// reuses it: only one caller (the flush, one at a time) may take.
    /// </summary>
    public List<UsageRow> TakeAll()
    {
        lock (_lock)
        {
            (_pending, _taken) = (_taken, _pending);
            _pending.Clear();
            return _taken;
        }
    }
}
