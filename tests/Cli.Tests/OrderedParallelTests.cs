using Extraction.Cli.Pipeline;

namespace Extraction.Cli.Tests;

/// <summary>The parallel stage of ingest: input order kept, read-ahead bounded, failures and early stops handled.</summary>
public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_input_order_however_long_each_item_takes()
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, 200), i =>
        {
            Thread.Sleep((i * 7) % 5);
            return i * 2;
        }, workers: 4).ToList();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
    }

    [Fact]
    public void The_reader_stays_a_bounded_window_ahead_of_a_slow_consumer()
    {
        var read = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
        var furthest = 0;

        foreach (var i in OrderedParallel.Map(Source(), x => x, workers: 2, window: 8))
        {
            if (i % 100 == 0)
            {
                Thread.Sleep(20);
                furthest = Math.Max(furthest, Volatile.Read(ref read) - i);
            }
        }

        // The window, the slot the consumer holds and the one the reader holds while blocked.
        Assert.InRange(furthest, 1, 8 + 2 + 1);
    }

    [Fact]
    public void A_failing_input_enumeration_reaches_the_consumer()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            throw new IOException("disk gone");
        }

        var error = Assert.Throws<IOException>(() => OrderedParallel.Map(Source(), x => x).ToList());

        Assert.Equal("disk gone", error.Message);
    }

    [Fact]
    public void Stopping_early_ends_the_workers_and_the_reader()
    {
        var first = OrderedParallel.Map(Enumerable.Range(0, 1_000_000), x => x, workers: 2, window: 4).Take(10).ToList();

        Assert.Equal(Enumerable.Range(0, 10), first);
    }
}
