using System.Globalization;
using System.Numerics;
using Extraction.Index.Results;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>Counts kind, place, party and year over a match set, by code in arrays (a match costs a few increments).</summary>
internal sealed class FacetTally
{
    private const int MaxYear = 9999;

    private int[] kinds = new int[256];
    private int[] places = new int[256];
    private int[] parties = new int[4096];
    private readonly int[] years = new int[MaxYear + 1];

    public void Add(ulong[] bits, BlockFacets facets)
    {
        ArgumentNullException.ThrowIfNull(bits);
        ArgumentNullException.ThrowIfNull(facets);
        for (var c = 0; c < BlockFacets.Chunks; c++)
        {
            if (facets.Chunk(c) is { } chunk)
            {
                Add(bits.AsSpan(c * BlockFacets.WordsPerChunk, BlockFacets.WordsPerChunk), chunk);
            }
        }
    }

    private void Add(ReadOnlySpan<ulong> bits, FacetChunk chunk)
    {
        var kindCodes = chunk.Kinds;
        var placeCodes = chunk.Places;
        var yearValues = chunk.Years;
        var starts = chunk.PartyStarts;
        var partyCodes = chunk.Parties;
        Fit(ref kinds, chunk.MaxCode);
        Fit(ref places, chunk.MaxCode);
        Fit(ref parties, chunk.MaxCode);
        for (var w = 0; w < bits.Length; w++)
        {
            var word = bits[w];
            while (word != 0)
            {
                var o = (w << 6) | BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                kinds[kindCodes[o]]++;
                places[placeCodes[o]]++;
                years[Math.Clamp((int)yearValues[o], 0, MaxYear)]++;
                for (var i = starts[o]; i < starts[o + 1]; i++)
                {
                    parties[partyCodes[i]]++;
                }
            }
        }
    }

    public Dictionary<string, IReadOnlyList<FacetCount>> Top(Func<int, string> name) => new(StringComparer.Ordinal)
    {
        ["party"] = Top(parties, name),
        ["place"] = Top(places, name),
        ["year"] = Top(years, y => y.ToString(CultureInfo.InvariantCulture)),
        ["kind"] = Top(kinds, name),
    };

    /// <summary>The facet's top values as the other backend lists them; only codes that can reach the top are named.</summary>
    private static IReadOnlyList<FacetCount> Top(int[] counts, Func<int, string> name)
    {
        // Code 0 is "none" and is not listed.
        var found = Enumerable.Range(1, counts.Length - 1).Where(c => counts[c] > 0).ToList();
        var cutoff = found.Select(c => counts[c]).OrderDescending().Take(ResultCollector.FacetSize).LastOrDefault();
        return ResultCollector.Top(found.Where(c => counts[c] >= cutoff).ToDictionary(name, c => counts[c], StringComparer.Ordinal));
    }

    /// <summary>Grows a count array to hold every code of a block, once per block rather than per match.</summary>
    private static void Fit(ref int[] counts, int max)
    {
        if (max >= counts.Length)
        {
            Array.Resize(ref counts, Math.Max(max + 1, counts.Length * 2));
        }
    }
}
