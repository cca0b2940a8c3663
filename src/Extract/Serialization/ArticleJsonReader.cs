using System.Text.Json;
using Extraction.Extract.Model;
using Extraction.Ingest;

namespace Extraction.Extract.Serialization;

/// <summary>Reads back what <see cref="ArticleJson"/> writes, so stored rows can be exported without re-extracting.</summary>
public static class ArticleJsonReader
{
    public static ExtractedArticle Read(JsonElement e, string text)
    {
        var article = new Article(
            JsonFields.String(e, "id") ?? "",
            JsonFields.String(e, "source") ?? "",
            JsonFields.String(e, "url"),
            JsonFields.String(e, "site"),
            JsonFields.String(e, "title"),
            JsonFields.String(e, "published") is string p ? IsoDate.Parse(p) : null,
            JsonFields.String(e, "author"),
            text)
        {
            DuplicateOf = JsonFields.String(e, "duplicate_of"),
        };
        var agreements = new List<Agreement>();
        if (e.TryGetProperty("agreements", out var ags))
        {
            foreach (var ag in ags.EnumerateArray())
            {
                agreements.Add(ReadAgreement(ag));
            }
        }
        return new ExtractedArticle(
            article,
            e.TryGetProperty("is_agreement", out var isAg) && isAg.GetBoolean(),
            agreements,
            JsonFields.String(e, "extractor_version") ?? "");
    }

    public static ExtractedArticle Read(string json, string text)
    {
        using var doc = JsonDocument.Parse(json);
        return Read(doc.RootElement, text);
    }

    private static Agreement ReadAgreement(JsonElement ag) => new(
        JsonFields.String(ag, "kind"),
        JsonFields.String(ag, "subject"),
        PartialDate.Parse(JsonFields.String(ag, "signed_on")),
        JsonFields.String(ag, "period"),
        JsonFields.String(ag, "location"),
        Each(ag, "parties", p => new Party(JsonFields.String(p, "name") ?? "", JsonFields.String(p, "canonical") ?? "", Span(p), Num(p, "confidence") ?? 1.0)
        {
            InTitle = p.TryGetProperty("in_title", out var inTitle) && inTitle.ValueKind == JsonValueKind.True,
        }),
        Each(ag, "items", i => new ContentItem(JsonFields.String(i, "text") ?? "", Span(i))),
        Each(ag, "references", r => new DocumentReference(
            JsonFields.String(r, "text") ?? "",
            JsonFields.String(r, "type"),
            JsonFields.String(r, "number"),
            JsonFields.String(r, "date") is string d ? IsoDate.Parse(d) : null,
            JsonFields.String(r, "issuer"),
            Span(r))),
        Each(ag, "people", p => new Person(JsonFields.String(p, "name") ?? "", JsonFields.String(p, "title"), JsonFields.String(p, "role"), Span(p))),
        ag.TryGetProperty("evidence", out var ev) ? Span(ev) : default,
        Num(ag, "confidence") ?? 0)
    {
        KindSpan = OptionalSpan(ag, "kind_span"),
        SubjectSpan = OptionalSpan(ag, "subject_span"),
        PeriodSpan = OptionalSpan(ag, "period_span"),
        LocationSpan = OptionalSpan(ag, "location_span"),
        SignedOnSpan = OptionalSpan(ag, "signed_on_span"),
        FieldConfidence = ag.TryGetProperty("field_confidence", out var fc) && fc.ValueKind == JsonValueKind.Object
            ? fc.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Number).ToDictionary(f => f.Name, f => f.Value.GetDouble(), StringComparer.Ordinal)
            : new Dictionary<string, double>(StringComparer.Ordinal),
    };

    private static List<T> Each<T>(JsonElement e, string name, Func<JsonElement, T> read) =>
        e.TryGetProperty(name, out var arr) && arr.ValueKind == JsonValueKind.Array
            ? arr.EnumerateArray().Select(read).ToList()
            : [];

    private static TextSpan Span(JsonElement e) =>
        new((int)(Num(e, "start") ?? 0), (int)(Num(e, "end") ?? 0));

    private static TextSpan? OptionalSpan(JsonElement e, string name) =>
        e.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Object ? Span(s) : null;


    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
