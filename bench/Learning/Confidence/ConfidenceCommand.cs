using System.Text;
using Extraction.Extract;

namespace Extraction.Learning.Confidence;

/// <summary>
/// <c>confidence DIR...</c> writes the extractor's confidence table from gold folders;
/// <c>confidence-calibration TRAIN_DIR... -- TEST_DIR...</c> computes the table on one set and prints, on the other,
/// the Brier score and calibration error of the measured table against the old constants.
/// </summary>
internal static class ConfidenceCommand
{
    public const string TablePath = "src/Extract/Confidence/confidence.tsv";

    public static void Write(string[] args)
    {
        var output = TablePath;
        var dirs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length)
            {
                output = args[++i];
            }
            else
            {
                dirs.Add(args[i]);
            }
        }
        if (dirs.Count == 0)
        {
            dirs.AddRange([Path.Combine("..", "shared", "corpus", "dev"), "seeds", "corpus"]);
        }
        var (observations, pages, sha) = GoldObservations.Collect(dirs);
        var table = new MeasuredTable(observations);
        // LF and no BOM, whatever the platform: the file is compared byte for byte between runs.
        File.WriteAllText(output, table.ToTsv(dirs, pages, sha, AgreementExtractor.Version), new UTF8Encoding(false));
        Console.WriteLine($"{output}: {observations.Count} values from {pages} pages, gold sha256 {sha}");
    }

    public static void Calibrate(string[] args)
    {
        var split = Array.IndexOf(args, "--");
        if (split <= 0 || split == args.Length - 1)
        {
            throw new ArgumentException("usage: confidence-calibration TRAIN_DIR... -- TEST_DIR...");
        }
        var train = GoldObservations.Collect(args[..split]);
        var test = GoldObservations.Collect(args[(split + 1)..]);
        var table = new MeasuredTable(train.Observations);
        Console.WriteLine($"table from {string.Join(' ', args[..split])} ({train.Pages} pages, {train.Observations.Count} values); " +
            $"scored on {string.Join(' ', args[(split + 1)..])} ({test.Pages} pages, {test.Observations.Count} values)");
        Console.WriteLine("| values | n | share correct | Brier old | Brier measured | ECE old | ECE measured |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var family in test.Observations.Select(o => o.Family).Distinct().Order(StringComparer.Ordinal))
        {
            Console.WriteLine(Calibration.Row(family, test.Observations.Where(o => o.Family == family).ToList(), table));
        }
        Console.WriteLine(Calibration.Row("all", test.Observations, table));
        Console.WriteLine();
        Console.WriteLine("| bucket | held-out correct / n | old constant | measured on the other half (seen there) |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var bucket in test.Observations.GroupBy(o => o.Bucket).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var olds = string.Join('/', bucket.Select(o => o.Old).Distinct().Order().Select(v => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)));
            Console.WriteLine(System.FormattableString.Invariant(
                $"| {bucket.Key} | {bucket.Count(o => o.Correct)} / {bucket.Count()} | {olds} | {table.Confidence(bucket.Key):F3} ({table.Counts(bucket.Key).Seen}) |"));
        }
    }
}
