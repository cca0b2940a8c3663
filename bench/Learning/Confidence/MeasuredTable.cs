using System.Globalization;
using System.Text;
using Extraction.Extract.Confidence;

namespace Extraction.Learning.Confidence;

/// <summary>
/// Each bucket's measured precision: counts summed up the bucket tree, Laplace-smoothed (correct + 1) / (seen + 2),
/// and a bucket seen fewer than <see cref="MinimumSeen"/> times backed off to its nearest ancestor seen enough.
/// </summary>
internal sealed class MeasuredTable
{
    /// <summary>Fewer gold values than this and a bucket's own precision is noise (one error moves it by 0.1 or more).</summary>
    public const int MinimumSeen = 10;

    private readonly Dictionary<string, (int Correct, int Seen)> counts;

    public MeasuredTable(IEnumerable<Observation> observations)
    {
        counts = ConfidenceBuckets.All.ToDictionary(b => b.Name, _ => (0, 0), StringComparer.Ordinal);
        foreach (var o in observations)
        {
            foreach (var b in ConfidenceBuckets.Lineage(o.Bucket))
            {
                var (c, n) = counts[b];
                counts[b] = (c + (o.Correct ? 1 : 0), n + 1);
            }
        }
    }

    public (int Correct, int Seen) Counts(string bucket) => counts[bucket];

    public static double Smoothed((int Correct, int Seen) c) => (c.Correct + 1.0) / (c.Seen + 2.0);

    /// <summary>The confidence a value of <paramref name="bucket"/> gets: its own smoothed precision or its nearest ancestor's.</summary>
    public double Confidence(string bucket)
    {
        var lineage = ConfidenceBuckets.Lineage(bucket).ToList();
        var from = lineage.FirstOrDefault(b => counts[b].Seen >= MinimumSeen) ?? lineage[^1];
        return counts[from].Seen > 0
            ? Math.Round(Smoothed(counts[from]), 4)
            : throw new InvalidOperationException($"bucket family {lineage[^1]}: no gold value observed, nothing to measure");
    }

    /// <summary>The embedded TSV: a header naming how and from what it was computed, then one row per bucket.</summary>
    public string ToTsv(IReadOnlyList<string> dirs, int pages, string goldSha256, string extractorVersion)
    {
        var sb = new StringBuilder();
        sb.Append("# Confidence of each provenance bucket (src/Extract/Confidence/Provenance.cs), measured against the gold by the\n");
        sb.Append("# scorer's rules: the share of the bucket's values found correct, Laplace-smoothed (correct + 1) / (seen + 2);\n");
        sb.Append(CultureInfo.InvariantCulture, $"# a bucket seen fewer than {MinimumSeen} times takes its nearest ancestor's. Do not edit: regenerate with\n");
        sb.Append("#   dotnet run -c Release --project bench/Learning -- confidence ").Append(string.Join(' ', dirs)).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"# gold: {string.Join(' ', dirs)} ({pages} pages scored)\n");
        sb.Append("# gold-sha256: ").Append(goldSha256).Append('\n');
        sb.Append("# extractor: ").Append(extractorVersion).Append('\n');
        sb.Append("bucket\tparent\tcorrect\tseen\tsmoothed\tconfidence\n");
        foreach (var (name, parent) in ConfidenceBuckets.All)
        {
            var c = counts[name];
            sb.Append(CultureInfo.InvariantCulture,
                $"{name}\t{parent ?? "-"}\t{c.Correct}\t{c.Seen}\t{Smoothed(c):F4}\t{Confidence(name):F4}\n");
        }
        return sb.ToString();
    }
}
