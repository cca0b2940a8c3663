using Extraction.Extract.Model;

namespace Extraction.Extract.Items;

/// <summary>
/// Finds the listed contents of an agreement ("(1) … (2) …", "1. …", "a) …", bullets, "gồm: A; B; C"),
/// each verbatim without its marker or trailing punctuation. Running prose gives none, and so do
/// lists that are not contents (attendees, member units, related headlines): their intro must announce contents.
/// </summary>
public static class ContentItemFinder
{
    /// <param name="text">The cleaned article text.</param>
    /// <param name="scope">The part of the text that speaks of this agreement.</param>
    public static IReadOnlyList<ContentItem> Find(string text, TextSpan scope) =>
        FindLists(text, scope).SelectMany(l => l.Items).ToList();

    /// <summary>The same items, list by list, each with the position where its list starts (its first marker or colon).</summary>
    internal static IReadOnlyList<(int Start, IReadOnlyList<ContentItem> Items)> FindLists(string text, TextSpan scope)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(scope.Start, 0, text.Length);
        var end = Math.Clamp(scope.End, start, text.Length);
        if (end == start)
        {
            return [];
        }

        // Marked lists first, earliest and then longest wins; a ";" list inside one of them is part of an item.
        var marked = MarkerListScanner.Find(text, start, end)
            .OrderBy(l => l.Start)
            .ThenByDescending(l => l.End)
            .ToList();
        var chosen = new List<ItemList>();
        foreach (var list in marked)
        {
            if (!chosen.Any(c => c.Overlaps(list.Start, list.End)))
            {
                chosen.Add(list);
            }
        }
        chosen.AddRange(ColonListScanner.Find(text, start, end, chosen));

        var lists = new List<(int, IReadOnlyList<ContentItem>)>();
        foreach (var list in chosen.OrderBy(l => l.Start))
        {
            var cleaned = list.Items
                .Select(r => ItemText.Trim(text, r.Start, r.End))
                .OfType<(int Start, int End)>()
                .Select(r => new ContentItem(text[r.Start..r.End], new TextSpan(r.Start, r.End)))
                .ToList();
            if (cleaned.Count < 2 || cleaned.Count(i => ListCues.LooksLikePerson(i.Text)) * 2 >= cleaned.Count)
            {
                continue;
            }
            lists.Add((list.Start, cleaned));
        }
        return lists;
    }
}
