using Extraction.Extract.Model;
using Extraction.Ingest.Text;

namespace Extraction.Extract.Items;

/// <summary>
/// Contents listed before the signing sentence: "Quy chế gồm các nội dung: A; B; C. Sáng 3/4, hai đơn vị đã ký
/// kết quy chế." The list counts for the agreement when it ends right before the signing sentence and its
/// intro names the same kind of document.
/// </summary>
internal static class ContentsBefore
{
    /// <summary>How far back the list may start, in characters.</summary>
    private const int Reach = 3000;

    /// <summary>Longest gap between the list's end and the signing sentence: one short sentence.</summary>
    private const int MaxGap = 300;

    public static IReadOnlyList<ContentItem> Find(string text, int from, int evidenceStart, string? kind)
    {
        var start = Math.Max(from, evidenceStart - Reach);
        if (evidenceStart - start < 20)
        {
            return [];
        }
        var items = ContentItemFinder.Find(text, new TextSpan(start, evidenceStart));
        if (items.Count < 2 || evidenceStart - items[^1].Span.End > MaxGap)
        {
            return [];
        }
        // The intro: the few hundred characters before the first item.
        var intro = VietnameseFold.Fold(text[Math.Max(start, items[0].Span.Start - 400)..items[0].Span.Start]);
        return NamesDocument(intro, kind) ? items : [];
    }

    private static bool NamesDocument(string foldedIntro, string? kind)
    {
        if (kind is not null)
        {
            var words = VietnameseFold.Fold(kind).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 2 && foldedIntro.Contains(words[0] + " " + words[1], StringComparison.Ordinal);
        }
        return foldedIntro.Contains("quy che", StringComparison.Ordinal) || foldedIntro.Contains("chuong trinh", StringComparison.Ordinal)
            || foldedIntro.Contains("ke hoach", StringComparison.Ordinal) || foldedIntro.Contains("thoa thuan", StringComparison.Ordinal)
            || foldedIntro.Contains("ghi nho", StringComparison.Ordinal);
    }
}
