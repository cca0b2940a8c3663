using System.Globalization;

namespace Extraction.Learning.Confidence;

/// <summary>Brier score and expected calibration error (ten equal-width bins) of confidences against outcomes.</summary>
internal static class Calibration
{
    private const int Bins = 10;

    public static double Brier(IReadOnlyList<(double P, bool Y)> xs) => xs.Count == 0 ? double.NaN : xs.Average(x => Math.Pow(x.P - (x.Y ? 1 : 0), 2));

    public static double Ece(IReadOnlyList<(double P, bool Y)> xs)
    {
        if (xs.Count == 0)
        {
            return double.NaN;
        }
        var total = 0.0;
        foreach (var bin in xs.GroupBy(x => Math.Min(Bins - 1, (int)(x.P * Bins))))
        {
            var gap = Math.Abs(bin.Average(x => x.P) - bin.Average(x => x.Y ? 1.0 : 0.0));
            total += gap * bin.Count() / xs.Count;
        }
        return total;
    }

    public static string Row(string name, IReadOnlyList<Observation> test, MeasuredTable table)
    {
        var old = test.Select(o => (o.Old, o.Correct)).ToList();
        var measured = test.Select(o => (table.Confidence(o.Bucket), o.Correct)).ToList();
        var accuracy = test.Count == 0 ? double.NaN : test.Count(o => o.Correct) / (double)test.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {test.Count} | {accuracy:F3} | {Brier(old):F4} | {Brier(measured):F4} | {Ece(old):F4} | {Ece(measured):F4} |");
    }
}
