using System.Text.RegularExpressions;
using Extraction.Ingest.Dates;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Html;

/// <summary>
/// Last pass over the main-content paragraphs: the headline repeated, date lines, page furniture, and the
/// byline or "Theo ..." source line closing the article go; a related-list heading ends the article.
/// </summary>
internal static partial class ParagraphFilter
{
    private const int BylineMaxWords = 6;
    private const int ShortParagraphChars = 300;

    public static List<string> Filter(List<string> paragraphs, string? title, DateOnly today)
    {
        var titleKey = title is null ? null : PortalLexicon.Key(title);
        var kept = new List<string>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            // Furniture, markers and teasers are short; long paragraphs skip the (costly) folding.
            var key = p.Length <= ShortParagraphChars ? PortalLexicon.Key(p) : p;
            if (key.Length == 0)
            {
                continue;
            }
            if (kept.Count > 0 && PortalLexicon.IsEndMarker(key))
            {
                break;
            }
            if (key == titleKey || PortalLexicon.IsFurniture(key) || PortalLexicon.IsEndMarker(key) || IsTeaser(key, p))
            {
                continue;
            }
            if (LineShape.Words(p) <= 12 && VietnameseDateLineParser.ParsePageDateLine(p, today) is not null)
            {
                continue;
            }
            if (kept.Count > 0 && kept[^1] == p)
            {
                continue;
            }
            kept.Add(p);
        }
        while (kept.Count > 1 && IsClosingCredit(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }
        return kept;
    }

    /// <summary>"Read also: ...", "Xem thêm: ...", "Le puede interesar: ...": a pointer to another article.</summary>
    private static bool IsTeaser(string key, string paragraph)
    {
        if (paragraph.Length > TeaserMaxChars)
        {
            return false;
        }
        foreach (var prefix in TeaserPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private const int TeaserMaxChars = 220;

    // Folded (no diacritics, lower case) beginnings of "read also" pointers in the languages of the test pages.
    private static readonly string[] TeaserPrefixes =
    [
        "xem them:", "doc them:", "doc them", "tin lien quan:", "bai lien quan:", "read more", "read also", "see also",
        "related:", "also read", "le puede interesar", "puedes ver", "lea tambien", "lee tambien", "mire:", "czytaj tez",
        "czytaj wiecej", "lesen sie auch", "mehr zum thema", "das konnte sie auch interessieren", "lire aussi",
        "a lire aussi", "voir aussi", "leggi anche", "leia tambem", "weiterlesen",
    ];

    /// <summary>A byline ("Minh Anh", "NHẬT XUÂN - NGHI VŨ") or source line ("Theo VnExpress") closing the article.</summary>
    private static bool IsClosingCredit(string p)
    {
        var words = LineShape.Words(p);
        if ((SourceLine().IsMatch(p) || CreditLine().IsMatch(p)) && words <= 10)
        {
            return true;
        }
        return words <= BylineMaxWords && !LineShape.EndsLikeSentence(p) && Byline().IsMatch(p);
    }

    [GeneratedRegex(@"^\(?(?:Theo|Nguồn|Nguồn tin|Source|By)\s*:?\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^(?:Tin|Bài|Ảnh|Video|Clip)(?:\s*(?:,|và)\s*(?:ảnh|bài|video))?\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}.]*(?:\s*[-–,&]?\s*[\p{Lu}][\p{L}.]*)*\s*(?:\(.{1,40}\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
