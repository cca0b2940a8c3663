using Extraction.Index;

namespace Extraction.Web.Api;

/// <summary>Agreements per month, by kind: the signing month, else the publication month (as year: does).</summary>
public sealed record Timeline(IReadOnlyList<string> Months, IReadOnlyDictionary<string, int[]> ByKind, int Counted, int Undated)
{
    public const string NoKind = "(không rõ loại)";

    public static Timeline Of(IEnumerable<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var counts = new Dictionary<(string Month, string Kind), int>();
        var counted = 0;
        var undated = 0;
        foreach (var hit in hits)
        {
            counted++;
            if (Month(hit) is not { } month)
            {
                undated++;
                continue;
            }
            var key = (month, hit.Kind ?? NoKind);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var months = Span(counts.Keys.Select(k => k.Month));
        var index = months.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i);
        var byKind = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var ((month, kind), n) in counts)
        {
            if (!byKind.TryGetValue(kind, out var series))
            {
                byKind[kind] = series = new int[months.Count];
            }
            series[index[month]] += n;
        }
        return new Timeline(months, byKind, counted, undated);
    }

    /// <summary>yyyy-MM of the signing date when it has a month, else of the publication date.</summary>
    internal static string? Month(SearchHit hit)
    {
        // A partial date may lack its year ("--05-09"): then the publication date says when.
        if (hit.SignedOn is { Length: >= 7 } signed && signed[..4].All(char.IsAsciiDigit) && signed[4] == '-' && signed[5..7].All(char.IsAsciiDigit))
        {
            return signed[..7];
        }
        return hit.Published is { } p ? $"{p.Year:D4}-{p.Month:D2}" : null;
    }

    /// <summary>Every month from the first to the last, so gaps show as zero rather than vanish.</summary>
    private static List<string> Span(IEnumerable<string> months)
    {
        var sorted = months.Distinct().Order(StringComparer.Ordinal).ToList();
        if (sorted.Count == 0)
        {
            return sorted;
        }
        var all = new List<string>();
        var (y, m) = (int.Parse(sorted[0][..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(sorted[0][5..7], System.Globalization.CultureInfo.InvariantCulture));
        var last = sorted[^1];
        // A bounded walk: a hostile date decades away must not make a chart of thousands of empty months.
        while (all.Count < 1200)
        {
            var month = $"{y:D4}-{m:D2}";
            all.Add(month);
            if (string.CompareOrdinal(month, last) >= 0)
            {
                break;
            }
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1);
        }
        return all.Count >= 1200 ? sorted : all;
    }
}
