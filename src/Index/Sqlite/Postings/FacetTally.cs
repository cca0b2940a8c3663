using System.Globalization;
using System.Numerics;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>Counts kind, place, party and year over a match set, by code in growable arrays (a match costs a few increments).</summary>
internal sealed class FacetTally
{
    private int[] kinds = new int[64];
    private int[] places = new int[64];
    private int[] parties = new int[1024];
    private readonly int[] years = new int[short.MaxValue + 1];

    public void Add(ulong[] bits, FacetBlock slots)
    {
        ArgumentNullException.ThrowIfNull(bits);
        ArgumentNullException.ThrowIfNull(slots);
        for (var w = 0; w < bits.Length; w++)
        {
            var word = bits[w];
            while (word != 0)
            {
                var o = (w << 6) | BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                Bump(ref kinds, slots.Kinds[o]);
                Bump(ref places, slots.Places[o]);
                if (slots.Years[o] > 0)
                {
                    years[slots.Years[o]]++;
                }
                for (var i = slots.PartyStarts[o]; i < slots.PartyStarts[o + 1]; i++)
                {
                    Bump(ref parties, slots.Parties[i]);
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

    /// <summary>The most frequent values, ties by value; only codes that can reach the top are named.</summary>
    private static List<FacetCount> Top(int[] counts, Func<int, string> name, int size)
    {
        var nonZero = Enumerable.Range(1, counts.Length - 1).Where(c => counts[c] > 0).ToList();
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

    private static void Bump(ref int[] counts, int code)
    {
        if (code <= 0)
        {
            return;
        }
        if (code >= counts.Length)
        {
            Array.Resize(ref counts, Math.Max(code + 1, counts.Length * 2));
        }
        counts[code]++;
    }
}
