namespace Extraction.Index.Text;

/// <summary>
/// A cache holding at most twice <c>limit</c> entries: two generations, the older dropped whole when the newer
/// fills, and an entry found in the older moved to the newer. Frequent keys stay, rare ones (names, numbers) go,
/// and memory stops growing with the corpus. Thread-safe.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly object gate = new();
    private Dictionary<TKey, TValue> current = new(comparer);
    private Dictionary<TKey, TValue> older = new(comparer);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return current.Count + older.Count;
            }
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (gate)
        {
            if (current.TryGetValue(key, out value!))
            {
                return true;
            }
            if (older.Remove(key, out value!))
            {
                AddLocked(key, value);
                return true;
            }
            return false;
        }
    }

    public void Add(TKey key, TValue value)
    {
        lock (gate)
        {
            AddLocked(key, value);
        }
    }

    private void AddLocked(TKey key, TValue value)
    {
        if (current.Count >= limit)
        {
            older = current;
            current = new Dictionary<TKey, TValue>(older.Comparer);
        }
        current[key] = value;
    }
}
