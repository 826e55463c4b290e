using Pierre.Server.Usage;

namespace Pierre.Server.Tests.Usage;

/// <summary>The buffer between counted requests and the flush: every row is taken once, in order, whatever runs at once.</summary>
public sealed class UsageRecorderTests
{
    private static UsageRow Row(int n) => new(Guid.Empty, Guid.Empty, null, "tool:get_activities", 200, n, DateTime.UnixEpoch);

    [Fact]
    public void TakeAll_GivesTheRowsSinceTheLastTake_OldestFirst_AndNoneTwice()
    {
        var recorder = new UsageRecorder();
        Assert.Empty(recorder.TakeAll());
        recorder.Record(Row(1));
        recorder.Record(Row(2));
        Assert.Equal([1, 2], recorder.TakeAll().Select(r => r.DurationMs));

        recorder.Record(Row(3));
        Assert.Equal([3], recorder.TakeAll().Select(r => r.DurationMs));
        Assert.Empty(recorder.TakeAll());
    }

    [Fact]
    public async Task RowsRecordedFromManyThreads_WhileTheFlushTakes_AreEachTakenExactlyOnce()
    {
        const int Threads = 8;
        const int PerThread = 20_000;
        var recorder = new UsageRecorder();
        var taken = new List<int>();
        using var stop = new CancellationTokenSource();
        var flush = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                taken.AddRange(recorder.TakeAll().Select(r => r.DurationMs));
            }
        }, TestContext.Current.CancellationToken);

        await Task.WhenAll(Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                recorder.Record(Row((t * PerThread) + i));
            }
        }, TestContext.Current.CancellationToken)));
        await stop.CancelAsync();
        await flush;
        taken.AddRange(recorder.TakeAll().Select(r => r.DurationMs));

        Assert.Equal(Enumerable.Range(0, Threads * PerThread), taken.Order());
        // Each thread's rows keep their order.
        foreach (var thread in taken.GroupBy(n => n / PerThread))
        {
            Assert.Equal(thread.Order(), thread);
        }
    }
}
