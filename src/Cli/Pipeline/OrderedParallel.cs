using System.Threading.Channels;

namespace Extraction.Cli.Pipeline;

/// <summary>
/// Maps a sequence on every core and yields the results in input order. One thread enumerates the input
/// (readers are not thread-safe), workers map, and the caller's thread takes results in order; at most
/// <c>window</c> items are read ahead, so a slow consumer (a store writing) holds the reader back instead of
/// letting memory grow.
/// </summary>
internal static class OrderedParallel
{
    /// <param name="map">Runs on a worker thread; must catch what belongs to its item (an escape ends the run).</param>
    /// <param name="workers">Mapping threads (defaults to the core count).</param>
    /// <param name="window">Items read ahead of the consumer, in flight or waiting (defaults to 8 per worker).</param>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int workers = 0, int window = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        workers = workers > 0 ? workers : Environment.ProcessorCount;
        window = window > 0 ? window : workers * 8;
        return Run(source, map, workers, window);
    }

    private static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int workers, int window)
    {
        using var stop = new CancellationTokenSource();
        var options = new BoundedChannelOptions(window) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait };
        var work = Channel.CreateBounded<(TIn Item, TaskCompletionSource<TOut> Slot)>(options);
        var order = Channel.CreateBounded<TaskCompletionSource<TOut>>(options);
        var reader = Task.Factory.StartNew(() => Read(source, work.Writer, order.Writer, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var mappers = Enumerable.Range(0, workers)
            .Select(_ => Task.Factory.StartNew(() => Work(work.Reader, map, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            while (order.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (order.Reader.TryRead(out var slot))
                {
                    yield return slot.Task.GetAwaiter().GetResult();
                }
            }
            // The reader's own failure (not an item's) surfaces here.
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            work.Writer.TryComplete();
            try
            {
                Task.WaitAll([reader, .. mappers]);
            }
            catch (AggregateException)
            {
                // Cancelled (the consumer stopped early), or the reader failed: that failure already reached the consumer through the order channel.
            }
        }
    }

    private static void Read<TIn, TOut>(
        IEnumerable<TIn> source,
        ChannelWriter<(TIn, TaskCompletionSource<TOut>)> work,
        ChannelWriter<TaskCompletionSource<TOut>> order,
        CancellationToken stop)
    {
        try
        {
            foreach (var item in source)
            {
                var slot = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                // The order channel first: a slot is never worked on before the consumer can wait for it.
                order.WriteAsync(slot, stop).AsTask().GetAwaiter().GetResult();
                work.WriteAsync((item, slot), stop).AsTask().GetAwaiter().GetResult();
            }
            order.TryComplete();
        }
        catch (Exception e)
        {
            order.TryComplete(e is OperationCanceledException ? null : e);
            if (e is not OperationCanceledException)
            {
                throw;
            }
        }
        finally
        {
            work.TryComplete();
        }
    }

    private static void Work<TIn, TOut>(ChannelReader<(TIn Item, TaskCompletionSource<TOut> Slot)> work, Func<TIn, TOut> map, CancellationToken stop)
    {
        while (work.WaitToReadAsync(stop).AsTask().GetAwaiter().GetResult())
        {
            while (!stop.IsCancellationRequested && work.TryRead(out var next))
            {
                try
                {
                    next.Slot.SetResult(map(next.Item));
                }
                catch (Exception e)
                {
                    next.Slot.SetException(e);
                }
            }
        }
    }
}
