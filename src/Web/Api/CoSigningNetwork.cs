using Extraction.Index;

namespace Extraction.Web.Api;

/// <summary>
/// Who signs with whom: canonical parties as nodes (weighted by their agreements), and an edge for each pair
/// that signed an agreement together, weighted by how many. Kept to the most active parties so the graph reads.
/// </summary>
public sealed record CoSigningNetwork(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int Counted, int PartiesInAll)
{
    public static CoSigningNetwork Of(IEnumerable<SearchHit> hits, int maxNodes)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var agreements = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string A, string B), int>();
        var counted = 0;
        foreach (var hit in hits)
        {
            counted++;
            var parties = hit.Parties.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var p in parties)
            {
                agreements[p] = agreements.GetValueOrDefault(p) + 1;
            }
            for (var i = 0; i < parties.Count; i++)
            {
                for (var j = i + 1; j < parties.Count; j++)
                {
                    var key = (parties[i], parties[j]);
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
            }
        }
        var kept = agreements.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(maxNodes)
            .Select(p => new NetworkNode(p.Key, p.Value)).ToList();
        var keptNames = kept.Select(n => n.Party).ToHashSet(StringComparer.Ordinal);
        var edges = pairs.Where(p => keptNames.Contains(p.Key.A) && keptNames.Contains(p.Key.B))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal)
            .Select(p => new NetworkEdge(p.Key.A, p.Key.B, p.Value)).ToList();
        return new CoSigningNetwork(kept, edges, counted, agreements.Count);
    }
}

public sealed record NetworkNode(string Party, int Agreements);

public sealed record NetworkEdge(string Source, string Target, int Agreements);
