namespace Extraction.Ingest.Duplicates;

/// <summary>
/// The index in memory, for runs without a store (<c>clean</c>, <c>extract</c>): it grows with the number of
/// distinct articles (about 0.4 KB each), which is why <c>ingest</c> keeps it in the store instead.
/// </summary>
public sealed class InMemoryNearDuplicateIndex : INearDuplicateIndex
{
    private readonly Dictionary<ulong, List<int>> buckets = [];
    private readonly List<(string Id, uint[] Signature)> heads = [];
    private readonly Dictionary<string, (string Source, string? Head)> seen = new(StringComparer.Ordinal);

    public bool TryGetSeen(string id, string source, out string? head, out bool sameSource)
    {
        if (seen.TryGetValue(id, out var first))
        {
            sameSource = first.Source == source;
            head = sameSource ? first.Head : first.Head ?? id;
            return true;
        }
        head = null;
        sameSource = false;
        return false;
    }

    public void MarkSeen(string id, string source, string? head) => seen.TryAdd(id, (source, head));

    public IReadOnlyList<(string Id, uint[] Signature)> Candidates(ulong[] bandKeys)
    {
        ArgumentNullException.ThrowIfNull(bandKeys);
        var found = new SortedSet<int>();
        foreach (var key in bandKeys)
        {
            if (buckets.TryGetValue(key, out var list))
            {
                found.UnionWith(list);
            }
        }
        return found.Select(i => heads[i]).ToList();
    }

    public void AddHead(string id, ulong[] bandKeys, uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(bandKeys);
        var index = heads.Count;
        heads.Add((id, signature));
        foreach (var key in bandKeys)
        {
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = [];
            }
            list.Add(index);
        }
    }
}
