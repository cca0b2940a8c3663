using System.Net;
using System.Text.RegularExpressions;

namespace Extraction.Ingest.Html;

/// <summary>Markup to plain lines without a parser: scripts and styles out, block tags as line breaks, entities decoded.</summary>
internal static partial class TagStripper
{
    public static string Strip(string html)
    {
        var text = ScriptOrStyle().Replace(html, " ");
        text = BlockTag().Replace(text, "\n");
        text = AnyTag().Replace(text, " ");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"</?(?:p|div|br|li|h[1-6]|tr|td|section|article|table|ul|ol|blockquote|header|footer)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
