using Extraction.Extract.Model;
using Extraction.Ingest.Text;

namespace Extraction.Extract.Items;

/// <summary>
/// Several agreements in one ceremony, each with its own list (extract-gaps class 2): "Theo chương trình …, hai bên
/// phối hợp: A; B. Theo kế hoạch …, hai bên phối hợp: C; D." Their scopes overlap or stop at the wrong place, so a list
/// goes to the agreement whose kind its intro names, when exactly one agreement's kind is named there; lists whose intro
/// names no kind stay where the scopes put them.
/// </summary>
internal static class ListOwner
{
    /// <summary>How far back the intro of a list is read, in characters.</summary>
    private const int IntroReach = 300;

    /// <param name="text">The cleaned article text.</param>
    /// <param name="kinds">Each agreement's kind, or null.</param>
    /// <param name="scopes">Each agreement's scope.</param>
    /// <param name="items">Each agreement's items as its scope gives them; returned reassigned, or unchanged.</param>
    public static IReadOnlyList<IReadOnlyList<ContentItem>> Assign(string text, IReadOnlyList<string?> kinds, IReadOnlyList<TextSpan> scopes, IReadOnlyList<IReadOnlyList<ContentItem>> items)
    {
        var heads = kinds.Select(Head).ToList();
        if (heads.Where(h => h is not null).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return items;
        }
        var region = new TextSpan(scopes.Min(s => s.Start), scopes.Max(s => s.End));
        var owned = new List<(int Owner, IReadOnlyList<ContentItem> Items)>();
        foreach (var (start, list) in ContentItemFinder.FindLists(text, region))
        {
            var intro = VietnameseFold.Fold(Intro(text, start));
            var named = heads.Select((h, i) => (h, i)).Where(x => x.h is not null && intro.Contains(x.h, StringComparison.Ordinal)).ToList();
            if (named.Count == 1)
            {
                owned.Add((named[0].i, list));
            }
        }
        if (owned.Count == 0)
        {
            return items;
        }
        var result = new List<IReadOnlyList<ContentItem>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var others = owned.Where(o => o.Owner != i).SelectMany(o => o.Items).Select(x => x.Span.Start).ToHashSet();
            var mine = items[i].Where(x => !others.Contains(x.Span.Start)).ToList();
            foreach (var x in owned.Where(o => o.Owner == i).SelectMany(o => o.Items))
            {
                if (!mine.Any(m => m.Span.Start == x.Span.Start))
                {
                    mine.Add(x);
                }
            }
            result.Add(mine.OrderBy(x => x.Span.Start).ToList());
        }
        return result;
    }

    /// <summary>The kind's first two words, folded: "chuong trinh", "ke hoach", "quy che".</summary>
    private static string? Head(string? kind)
    {
        if (kind is null)
        {
            return null;
        }
        var words = VietnameseFold.Fold(kind).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 ? words[0] + " " + words[1] : null;
    }

    /// <summary>The sentence or line that leads into the list starting at <paramref name="start"/>.</summary>
    private static string Intro(string text, int start)
    {
        var to = start;
        while (to > 0 && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        var from = Math.Max(0, to - IntroReach);
        for (var k = to - 2; k >= from; k--)
        {
            if (text[k] == '\n' || (text[k] is '.' or ';' && text[k + 1] == ' '))
            {
                from = k + 1;
                break;
            }
        }
        return text[from..to];
    }
}
