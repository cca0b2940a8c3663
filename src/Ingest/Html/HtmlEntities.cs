using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>Decodes character references as HtmlAgilityPack does, but never yields a lone surrogate (&amp;#xD800;).</summary>
internal static class HtmlEntities
{
    public static string Decode(string text) => Text.LoneSurrogates.Replace(HtmlEntity.DeEntitize(text));
}
