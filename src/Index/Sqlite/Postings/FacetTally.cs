using System.Globalization;
using System.Numerics;

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

    private void Add(ReadOnlySpan<ulong> bits, FacetBlock chunk)
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

    public Dictionary<string, IReadOnlyList<FacetCount>> Top(Func<int, string> name, int size) => new(StringComparer.Ordinal)
    {
        ["party"] = Top(parties, name, size),
        ["place"] = Top(places, name, size),
        ["year"] = Top(years, y => y.ToString(CultureInfo.InvariantCulture), size),
        ["kind"] = Top(kinds, name, size),
    };

    /// <summary>The most frequent values (code 0, "none", left out), ties by value; only codes that can reach the top are named.</summary>
    private static List<FacetCount> Top(int[] counts, Func<int, string> name, int size)
    {
        var nonZero = new List<int>();
        for (var c = 1; c < counts.Length; c++)
        {
            if (counts[c] > 0)
            {
                nonZero.Add(c);
            }
        }
        if (nonZero.Count == 0)
        {
            return [];
        }
        var cutoff = nonZero.Select(c => counts[c]).OrderDescending().ElementAt(Math.Min(size, nonZero.Count) - 1);
        return nonZero.Where(c => counts[c] >= cutoff)
            .Select(c => new FacetCount(name(c), counts[c]))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .Take(size)
            .ToList();
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
