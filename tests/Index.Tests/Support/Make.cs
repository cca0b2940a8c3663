using Extraction.Extract.Model;
using Extraction.Ingest;

namespace Extraction.Index.Tests.Support;

/// <summary>Builds extracted articles for store tests, with evidence spans that point into the text.</summary>
internal static class Make
{
    public static ExtractedArticle Article(
        string source,
        string text,
        string? kind = null,
        string? subject = null,
        string? signedOn = null,
        string[]? parties = null,
        string? title = null,
        DateOnly? published = null,
        string? duplicateOf = null,
        string version = "1",
        string? id = null)
    {
        var article = new Article(id ?? "id-" + source, source, null, null, title, published, null, text) { DuplicateOf = duplicateOf };
        var agreements = new List<Agreement>();
        if (parties is not null)
        {
            agreements.Add(Agreement(text, kind, subject, signedOn, parties));
        }
        return new ExtractedArticle(article, agreements.Count > 0, agreements, version);
    }

    public static Agreement Agreement(string text, string? kind, string? subject, string? signedOn, string[] parties) => new(
        kind,
        subject,
        PartialDate.Parse(signedOn),
        null,
        null,
        parties.Select(p => new Party(p, p, Find(text, p))).ToList(),
        [],
        [],
        [],
        new TextSpan(0, Math.Min(text.Length, 300)),
        0.9);

    private static TextSpan Find(string text, string s)
    {
        var i = text.IndexOf(s, StringComparison.Ordinal);
        return i < 0 ? default : new TextSpan(i, i + s.Length);
    }
}
