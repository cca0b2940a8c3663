using System.Globalization;
using Extraction.Index;
using Extraction.Output;

namespace Extraction.Cli.Output;

/// <summary>Search hits as a person reads them in a terminal.</summary>
internal static class SearchResultsText
{
    public static void Write(TextWriter w, SearchResults results, PageWindow window)
    {
        if (results.Total == 0)
        {
            w.WriteLine("no matches");
            return;
        }
        var matches = $"{results.Total} {(results.Total == 1 ? "match" : "matches")}";
        if (results.Hits.Count == 0)
        {
            w.WriteLine(window.IsBeyond(results.Total)
                ? $"{matches}; page {window.Page} is beyond the last page ({window.LastPage(results.Total)} at {window.Size} a page)"
                : $"{matches}; page {window.Page} is past the matches the store ranks (see the README on ranking)");
            return;
        }
        var first = window.Offset + 1;
        w.WriteLine($"{matches}; showing {first}-{window.Offset + results.Hits.Count}");
        var rank = first;
        foreach (var hit in results.Hits)
        {
            w.WriteLine();
            var date = hit.SignedOn ?? hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            w.WriteLine($"{rank++}. {hit.Title ?? hit.Source}");
            w.WriteLine($"   {hit.Kind ?? (hit.AgreementIndex < 0 ? "article" : "agreement")} · {date} · {hit.Source}");
            if (hit.Parties.Count > 0)
            {
                w.WriteLine($"   parties: {string.Join("; ", hit.Parties)}");
            }
            w.WriteLine($"   {hit.Snippet}");
            var id = hit.AgreementIndex >= 0 ? $"{hit.ArticleId}#{hit.AgreementIndex}" : hit.ArticleId;
            var score = hit.Score.ToString("0.00", CultureInfo.InvariantCulture);
            w.WriteLine($"   id: {id} · score {score} (evidence {hit.EvidenceStart}-{hit.EvidenceEnd})");
        }
        foreach (var (facet, counts) in results.Facets)
        {
            if (counts.Count > 0)
            {
                w.WriteLine();
                w.WriteLine($"{facet}: {string.Join(", ", counts.Take(8).Select(c => $"{c.Value} ({c.Count})"))}");
            }
        }
    }
}
