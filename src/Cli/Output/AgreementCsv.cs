using System.Globalization;
using Extraction.Extract.Model;

namespace Extraction.Cli.Output;

/// <summary>One CSV row per agreement (RFC 4180 quoting), for spreadsheets; parties joined by " | ".</summary>
internal static class AgreementCsv
{
    private static readonly string[] Header =
        ["article_id", "source", "title", "published", "agreement", "kind", "subject", "signed_on", "period", "location", "parties", "canonical_parties", "items"];

    public static void WriteHeader(TextWriter w) => w.WriteLine(string.Join(",", Header));

    public static void WriteRows(TextWriter w, ExtractedArticle article)
    {
        var a = article.Article;
        for (var i = 0; i < article.Agreements.Count; i++)
        {
            var ag = article.Agreements[i];
            string?[] cells =
            [
                a.Id, a.Source, a.Title, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                i.ToString(CultureInfo.InvariantCulture), ag.Kind, ag.Subject, ag.SignedOn?.ToString(), ag.Period, ag.Location,
                string.Join(" | ", ag.Parties.Select(p => p.Name)),
                string.Join(" | ", ag.Parties.Select(p => p.Canonical)),
                string.Join(" | ", ag.Items.Select(t => t.Text)),
            ];
            w.WriteLine(string.Join(",", cells.Select(Quote)));
        }
    }

    private static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return "";
        }
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
