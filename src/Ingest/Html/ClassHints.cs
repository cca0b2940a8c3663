using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>
/// What class and id names say about a block. The patterns follow Mozilla Readability (Apache-2.0) with
/// Vietnamese portal names added (tin-lien-quan, tinkhac, binh-luan, ...).
/// </summary>
internal static partial class ClassHints
{
    /// <summary>Class tokens and id, without CMS taxonomy classes ("tag-wework", "category-news") that name topics, not roles.</summary>
    public static string Names(HtmlNode node)
    {
        var cls = node.GetAttributeValue("class", "");
        var id = node.GetAttributeValue("id", "");
        if (cls.Contains("tag-", StringComparison.Ordinal) || cls.Contains("category-", StringComparison.Ordinal))
        {
            cls = string.Join(' ', cls.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(t => !t.StartsWith("tag-", StringComparison.Ordinal) && !t.StartsWith("category-", StringComparison.Ordinal)));
        }
        return cls + " " + id;
    }

    private const int CacheLimit = 20_000;

    // Pages repeat the same class names many times; the five regex verdicts are cached per names string, and looked
    // up by span so that a hit allocates nothing (most elements are hits).
    private static readonly ConcurrentDictionary<string, ClassVerdict> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ClassVerdict>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    // Counted apart: ConcurrentDictionary.Count takes every lock.
    private static int _cached;

    /// <summary>+25 for article-like names, -25 for furniture-like names (both may apply).</summary>
    public static int Weight(HtmlNode node) => Judge(node).Weight;

    /// <summary>Names of blocks that are almost never the article: menus, comments, sidebars, share bars.</summary>
    public static bool IsUnlikely(HtmlNode node) => Judge(node).Unlikely;

    /// <summary>Names of things inside an article that are not its text: captions, share bars, tags, related links.</summary>
    public static bool IsInArticleFurniture(HtmlNode node) => Judge(node).Furniture;

    /// <summary>Names of headline blocks ("title", "headline", "tieu-de").</summary>
    public static bool IsTitleNamed(HtmlNode node) => Judge(node).Title;

    private static ClassVerdict Judge(HtmlNode node)
    {
        if (!node.HasAttributes)
        {
            return default;
        }
        var cls = node.GetAttributeValue("class", "");
        var id = node.GetAttributeValue("id", "");
        if (cls.Contains("tag-", StringComparison.Ordinal) || cls.Contains("category-", StringComparison.Ordinal))
        {
            var names = Names(node);
            return names.Length <= 1 ? default : Judge(names);
        }
        if (cls.Length == 0 && id.Length == 0)
        {
            return default;
        }
        // The names string (class, space, id) is built in a buffer and only made a string when it is new.
        var length = cls.Length + 1 + id.Length;
        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        cls.CopyTo(buffer);
        buffer[cls.Length] = ' ';
        id.CopyTo(buffer[(cls.Length + 1)..]);
        var key = buffer[..length];
        var verdict = CacheBySpan.TryGetValue(key, out var cached) ? cached : Judge(key.ToString());
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return verdict;
    }

    private static ClassVerdict Judge(string names)
    {
        if (Cache.TryGetValue(names, out var verdict))
        {
            return verdict;
        }
        var weight = (Negative().IsMatch(names) ? -25 : 0) + (Positive().IsMatch(names) ? 25 : 0);
        verdict = new ClassVerdict(weight, Unlikely().IsMatch(names) && !MaybeArticle().IsMatch(names), InArticleFurniture().IsMatch(names),
            TitleClass().IsMatch(names));
        if (Interlocked.Increment(ref _cached) > CacheLimit)
        {
            Cache.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }
        Cache.TryAdd(names, verdict);
        return verdict;
    }

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|navbar|topbar|lienquan|lien-quan|tinkhac|tin-khac|binhluan|binh-luan|cungchuyenmuc|xemthem|xem-them|newsletter|subscribe|cookie|modal|promo|trending|most-?read|most-?popular|doc-?nhieu|xem-?nhieu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|detail|fck|entry|post|story|chitiet|noidung|baiviet", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeArticle();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail|fck|chitiet|noidung|baiviet|maincontent", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|lienquan|lien-quan|tinkhac|tin-khac|binhluan|binh-luan|author|byline|caption|social|breadcrumb|navigation|newsletter", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"title|headline|tieude|tieu-de", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleClass();

    [GeneratedRegex(@"caption|credit|share|sharing|social|related|lienquan|lien-quan|tinkhac|tin-khac|\btags?\b|tag-list|taglist|keyword|byline|author|breadcrumb|print|toolbar|rating|vote|newsletter|subscribe|advert|\bads?\b|banner|comment|binhluan|binh-luan", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InArticleFurniture();
}
