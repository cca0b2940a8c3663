using System.Collections.Concurrent;
using Extraction.Index;

namespace Extraction.Web;

/// <summary>
/// Stores opened on the served database, lent one per request: a store is not thread-safe (one
/// connection each), so concurrent requests each get their own; at most <see cref="Size"/> are open.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly string db;
    private readonly ConcurrentBag<IAgreementStore> idle = [];
    private readonly SemaphoreSlim slots;
    private bool disposed;

    public StorePool(string db, int size)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        this.db = db;
        Size = size;
        slots = new SemaphoreSlim(size, size);
    }

    public int Size { get; }

    /// <summary>Runs <paramref name="work"/> on a store of the pool, waiting for one when all are lent.</summary>
    public async Task<T> Use<T>(Func<IAgreementStore, T> work, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(disposed, this);
        await slots.WaitAsync(cancel).ConfigureAwait(false);
        var store = idle.TryTake(out var s) ? s : AgreementStore.Open(db);
        try
        {
            return work(store);
        }
        finally
        {
            idle.Add(store);
            slots.Release();
        }
    }

    /// <summary>As <see cref="Use{T}"/> for work that awaits while it holds the store (a streamed export).</summary>
    public async Task UseAsync(Func<IAgreementStore, Task> work, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(disposed, this);
        await slots.WaitAsync(cancel).ConfigureAwait(false);
        var store = idle.TryTake(out var s) ? s : AgreementStore.Open(db);
        try
        {
            await work(store).ConfigureAwait(false);
        }
        finally
        {
            idle.Add(store);
            slots.Release();
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        while (idle.TryTake(out var store))
        {
            store.Dispose();
        }
        slots.Dispose();
    }
}
