using System.Globalization;
using System.Text.Json;
using Extraction.Extract.Serialization;
using Extraction.Index;

namespace Extraction.Output;

/// <summary>Search hits and facets as one JSON object, for scripts.</summary>
public static class SearchResultsJson
{
    public static string Write(SearchResults results, PageWindow window)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions))
        {
            Write(w, results, window);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the object to <paramref name="w"/>: the web API streams it to the response.</summary>
    public static void Write(Utf8JsonWriter w, SearchResults results, PageWindow window)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(results);
        {
            w.WriteStartObject();
            w.WriteNumber("total", results.Total);
            w.WriteNumber("page", window.Page);
            w.WriteNumber("pages", results.Total == 0 ? 0 : window.LastPage(results.Total));
            w.WriteStartArray("hits");
            foreach (var hit in results.Hits)
            {
                w.WriteStartObject();
                w.WriteString("article_id", hit.ArticleId);
                // An article hit names no agreement: null, not a -1 a script could take for an index.
                if (hit.AgreementIndex >= 0)
                {
                    w.WriteNumber("agreement", hit.AgreementIndex);
                }
                else
                {
                    w.WriteNull("agreement");
                }
                w.WriteString("source", hit.Source);
                w.WriteString("title", hit.Title);
                w.WriteString("published", hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("kind", hit.Kind);
                w.WriteString("signed_on", hit.SignedOn);
                w.WriteStartArray("parties");
                foreach (var p in hit.Parties)
                {
                    w.WriteStringValue(p);
                }
                w.WriteEndArray();
                w.WriteString("snippet", hit.Snippet);
                w.WriteNumber("score", Math.Round(hit.Score, 4));
                w.WriteStartObject("evidence");
                w.WriteNumber("start", hit.EvidenceStart);
                w.WriteNumber("end", hit.EvidenceEnd);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("facets");
            foreach (var (facet, counts) in results.Facets)
            {
                w.WriteStartObject(facet);
                foreach (var c in counts)
                {
                    w.WriteNumber(c.Value, c.Count);
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }
}
