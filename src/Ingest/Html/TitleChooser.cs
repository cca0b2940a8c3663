using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Html;

/// <summary>
/// Picks the headline: the on-page heading that agrees with og:title / JSON-LD / &lt;title&gt; (pages print the
/// headline as the editor wrote it; metadata is often rephrased or carries the site name), else og:title,
/// else &lt;title&gt; without its site suffix.
/// </summary>
internal static partial class TitleChooser
{
    private const double Agreement = 0.6;

    public static string? Choose(PageScan scan, PageMetadata meta)
    {
        var references = new[] { meta.OgTitle, meta.LdHeadline, meta.TitleTag is null ? null : WithoutSiteSuffix(meta.TitleTag) }
            .Where(r => r is not null).Select(r => Tokens(r!)).Where(t => t.Count > 0).ToList();
        string? best = null;
        var bestScore = 0.0;
        foreach (var heading in Headings(scan))
        {
            var tokens = Tokens(heading);
            if (tokens.Count < 2)
            {
                continue;
            }
            foreach (var reference in references)
            {
                // Same words, whatever the order (editors reorder headlines in og:title).
                var score = (double)tokens.Count(reference.Contains) / Math.Max(tokens.Count, reference.Count);
                if (score > bestScore)
                {
                    best = heading;
                    bestScore = score;
                }
            }
        }
        if (best is not null && bestScore >= Agreement)
        {
            return best;
        }
        if (meta.OgTitle is not null)
        {
            return WithoutSiteSuffix(meta.OgTitle);
        }
        if (meta.LdHeadline is not null)
        {
            return meta.LdHeadline;
        }
        if (meta.TitleTag is not null)
        {
            return WithoutSiteSuffix(meta.TitleTag);
        }
        return Headings(scan).FirstOrDefault(h => LineShape.Words(h) >= 3);
    }

    /// <summary>"Headline | Section | Site" and "Headline - Site" become "Headline".</summary>
    public static string WithoutSiteSuffix(string title)
    {
        var t = title;
        var bar = PipeSeparator().Match(t);
        if (bar.Success && bar.Index > 0)
        {
            t = t[..bar.Index];
        }
        while (true)
        {
            var m = TrailingDashPart().Match(t);
            if (!m.Success || LineShape.Words(t[..m.Index]) < 3 || LineShape.Words(m.Groups["tail"].Value) > 3)
            {
                break;
            }
            t = t[..m.Index];
        }
        return t.Trim();
    }

    private static IEnumerable<string> Headings(PageScan scan)
    {
        foreach (var node in scan.Headings)
        {
            var text = DomText.Inline(node);
            var words = LineShape.Words(text);
            if (words is >= 2 and <= 45)
            {
                yield return text;
            }
        }
    }

    private static HashSet<string> Tokens(string text) =>
        VietnameseFold.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static readonly char[] Separators = [' ', ',', '.', ':', ';', '"', '\'', '“', '”', '‘', '’', '(', ')', '-', '–', '—', '|', '!', '?', '«', '»'];

    [GeneratedRegex(@"\s[|»«]\s|\s::\s", RegexOptions.CultureInvariant)]
    private static partial Regex PipeSeparator();

    [GeneratedRegex(@"\s[-–—]\s(?<tail>[^-–—]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDashPart();

}
