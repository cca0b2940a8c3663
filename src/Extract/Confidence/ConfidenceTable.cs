using System.Globalization;
using Extraction.Ingest.Text;

namespace Extraction.Extract.Confidence;

/// <summary>
/// The measured confidence of each provenance bucket, read once from the embedded <c>confidence.tsv</c>, which
/// bench/Learning's <c>confidence</c> command computes from the gold (precision, smoothed, small buckets backed off
/// to their parent; the file header names the gold's SHA-256).
/// </summary>
internal sealed class ConfidenceTable
{
    private const string Resource = "Confidence.confidence.tsv";

    private static readonly Lazy<ConfidenceTable> LazyDefault = new(() => Parse(TsvResource.Read(typeof(ConfidenceTable).Assembly, Resource)));

    private readonly Dictionary<Provenance, double> values;

    private ConfidenceTable(Dictionary<Provenance, double> values) => this.values = values;

    public static ConfidenceTable Default => LazyDefault.Value;

    /// <summary>The confidence of a value from <paramref name="provenance"/>; null for <see cref="Provenance.None"/>.</summary>
    public double? Of(Provenance provenance) => values.TryGetValue(provenance, out var v) ? v : null;

    /// <summary>Rows <c>bucket, parent, correct, seen, smoothed, confidence</c>; every leaf bucket must have one.</summary>
    internal static ConfidenceTable Parse(IEnumerable<string[]> rows)
    {
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 6 || row[0] == "bucket")
            {
                continue;
            }
            byName[row[0]] = double.Parse(row[5], NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        var values = new Dictionary<Provenance, double>();
        foreach (var p in Enum.GetValues<Provenance>().Where(p => p != Provenance.None))
        {
            var name = ConfidenceBuckets.Name(p);
            values[p] = byName.TryGetValue(name, out var v)
                ? v
                : throw new InvalidOperationException($"{Resource} has no row for bucket {name}: rerun bench/Learning's confidence command.");
        }
        return new ConfidenceTable(values);
    }
}
