using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Extract.Model;
using Extraction.Ingest;

namespace Extraction.Extract.Serialization;

/// <summary>
/// Writes and reads the export shape of docs/output-contract (one article, one JSON object).
/// Field names are a contract with other systems: add fields, never rename or drop them.
/// </summary>
public static class ArticleJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        // Vietnamese stays readable in the output; the JSON is still valid and safe outside HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(Utf8JsonWriter w, ExtractedArticle extracted, bool includeText = false)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(extracted);
        var a = extracted.Article;
        w.WriteStartObject();
        WriteArticleFields(w, a);
        w.WriteBoolean("is_agreement", extracted.IsAgreement);
        w.WriteString("extractor_version", extracted.ExtractorVersion);
        w.WriteStartArray("agreements");
        foreach (var ag in extracted.Agreements)
        {
            WriteAgreement(w, ag);
        }
        w.WriteEndArray();
        if (includeText)
        {
            w.WriteString("text", a.Text);
        }
        w.WriteEndObject();
    }

    /// <summary>The article metadata fields shared by <c>clean</c> and <c>extract</c> output.</summary>
    public static void WriteArticleFields(Utf8JsonWriter w, Article a)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        w.WriteString("id", a.Id);
        w.WriteString("source", a.Source);
        WriteNullable(w, "url", a.Url);
        WriteNullable(w, "site", a.Site);
        WriteNullable(w, "title", a.Title);
        WriteNullable(w, "published", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNullable(w, "author", a.Author);
        WriteNullable(w, "duplicate_of", a.DuplicateOf);
    }

    public static string ToJsonLine(ExtractedArticle extracted, bool includeText = false)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(w, extracted, includeText);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteAgreement(Utf8JsonWriter w, Agreement ag)
    {
        w.WriteStartObject();
        WriteNullable(w, "kind", ag.Kind);
        WriteNullable(w, "subject", ag.Subject);
        WriteNullable(w, "signed_on", ag.SignedOn?.ToString());
        WriteNullable(w, "period", ag.Period);
        WriteNullable(w, "location", ag.Location);
        w.WriteStartArray("parties");
        foreach (var p in ag.Parties)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("canonical", p.Canonical);
            WriteSpan(w, p.Span);
            w.WriteBoolean("in_title", p.InTitle);
            w.WriteNumber("confidence", Math.Round(p.Confidence, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("items");
        foreach (var i in ag.Items)
        {
            w.WriteStartObject();
            w.WriteString("text", i.Text);
            WriteSpan(w, i.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("references");
        foreach (var r in ag.References)
        {
            w.WriteStartObject();
            w.WriteString("text", r.Text);
            WriteNullable(w, "number", r.Number);
            WriteNullable(w, "type", r.Type);
            WriteNullable(w, "date", r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteNullable(w, "issuer", r.Issuer);
            WriteSpan(w, r.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("people");
        foreach (var p in ag.People)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            WriteNullable(w, "title", p.Title);
            WriteNullable(w, "role", p.Role);
            WriteSpan(w, p.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("evidence");
        WriteSpan(w, ag.Evidence);
        w.WriteEndObject();
        WriteOptionalSpan(w, "kind_span", ag.KindSpan);
        WriteOptionalSpan(w, "subject_span", ag.SubjectSpan);
        WriteOptionalSpan(w, "period_span", ag.PeriodSpan);
        WriteOptionalSpan(w, "location_span", ag.LocationSpan);
        WriteOptionalSpan(w, "signed_on_span", ag.SignedOnSpan);
        w.WriteNumber("confidence", Math.Round(ag.Confidence, 3));
        w.WriteStartObject("field_confidence");
        foreach (var (field, value) in ag.FieldConfidence)
        {
            w.WriteNumber(field, Math.Round(value, 3));
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteOptionalSpan(Utf8JsonWriter w, string name, TextSpan? span)
    {
        if (span is TextSpan s)
        {
            w.WriteStartObject(name);
            WriteSpan(w, s);
            w.WriteEndObject();
        }
    }

    private static void WriteSpan(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
