using System.Text;
using System.Text.Json;
using Extraction.Extract.Items;
using Extraction.Extract.Model;

namespace Extraction.Extract.Tests.Items;

/// <summary>Micro item precision / recall / F1 of <see cref="ContentItemFinder"/> over gold files, whole text (or from the first signing line) as scope.</summary>
internal sealed partial class ItemScore(bool fromFirstSigning = false)
{
    /// <summary>A rough stand-in for the extractor's scope: from the line of the first "ký" (sign) on.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\p{L})[Kk]ý(?!\p{L})")]
    private static partial System.Text.RegularExpressions.Regex Sign();

    public int Tp { get; private set; }

    public int Fp { get; private set; }

    public int Fn { get; private set; }

    /// <summary>Predicted items equal, character for character, to a gold item.</summary>
    public int Exact { get; private set; }

    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public StringBuilder Report { get; } = new();

    /// <summary>Scores one article; returns false when its gold has no agreement (not scored).</summary>
    public bool Add(string goldPath)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = gold.RootElement;
        if (root.TryGetProperty("exclude", out var ex) && ex.ValueKind == JsonValueKind.True)
        {
            return false;
        }
        if (!root.TryGetProperty("agreements", out var agreements) || agreements.GetArrayLength() == 0)
        {
            return false;
        }
        var goldItems = agreements.EnumerateArray()
            .SelectMany(a => a.TryGetProperty("items", out var items) ? items.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(i => i.GetString() ?? string.Empty)
            .ToList();
        var text = File.ReadAllText(goldPath[..^".gold.json".Length] + ".txt").Normalize(NormalizationForm.FormC);
        var scopeStart = 0;
        if (fromFirstSigning && Sign().Match(text) is { Success: true } sign)
        {
            scopeStart = text.LastIndexOf('\n', sign.Index) + 1;
        }
        var predicted = ContentItemFinder.Find(text, new TextSpan(scopeStart, text.Length)).Select(i => i.Text).ToList();
        var tp = ScoreFold.MatchCount(predicted, goldItems);
        Tp += tp;
        Fp += predicted.Count - tp;
        Fn += goldItems.Count - tp;
        Exact += predicted.Count(goldItems.Contains);
        if (tp != predicted.Count || tp != goldItems.Count)
        {
            Report.AppendLine($"# {Path.GetFileName(goldPath)}: tp {tp}, predicted {predicted.Count}, gold {goldItems.Count}");
            foreach (var p in predicted)
            {
                Report.AppendLine("  P: " + p.ReplaceLineEndings(" / "));
            }
            foreach (var g in goldItems)
            {
                Report.AppendLine("  G: " + g);
            }
        }
        return true;
    }

    public override string ToString() =>
        $"items P {Precision:F3} R {Recall:F3} F1 {F1:F3} (tp {Tp}, fp {Fp}, fn {Fn}, verbatim {Exact})";
}
