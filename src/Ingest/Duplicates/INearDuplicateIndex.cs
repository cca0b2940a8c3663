namespace Extraction.Ingest.Duplicates;

/// <summary>
/// Where <see cref="NearDuplicateDetector"/> keeps what it has seen: the ids met and the MinHash signatures of
/// group heads, looked up by LSH band key. In memory for a one-off run; in the store for an ingest, so memory
/// stays flat however many articles a batch holds and copies are found across runs too.
/// </summary>
public interface INearDuplicateIndex
{
    /// <summary>
    /// Whether an article with this id was met before, and if so the head of its group (null when it headed
    /// its own). The same source met again keeps its verdict; another source with the same content joins the first.
    /// </summary>
    /// <param name="sameSource">Whether the first meeting was under this same source (a re-ingest), not an exact copy elsewhere.</param>
    bool TryGetSeen(string id, string source, out string? head, out bool sameSource);

    /// <summary>Records the verdict for an id met for the first time.</summary>
    void MarkSeen(string id, string source, string? head);

    /// <summary>The heads sharing at least one band key, each once, in the order they were added.</summary>
    IReadOnlyList<(string Id, uint[] Signature)> Candidates(ulong[] bandKeys);

    /// <summary>Adds a group head under its band keys.</summary>
    void AddHead(string id, ulong[] bandKeys, uint[] signature);
}
