using System.Globalization;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Ingest;

namespace Extraction.Index.Storage;

/// <summary>The articles row both backends write (same SQL in SQLite and PostgreSQL): the article as stored, keyed by source.</summary>
internal static class ArticleRow
{
    public const string Upsert = """
        INSERT INTO articles(source, id, grp, title, published, extractor_version, is_agreement, json, text)
        VALUES(@s, @id, @g, @t, @p, @v, @ia, @j, @x)
        ON CONFLICT(source) DO UPDATE SET id=excluded.id, grp=excluded.grp, title=excluded.title, published=excluded.published,
            extractor_version=excluded.extractor_version, is_agreement=excluded.is_agreement, json=excluded.json, text=excluded.text
        """;

    /// <summary>The group a stored article belongs to: the first copy's id for a syndicated copy, else its own.</summary>
    public static string GroupOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.DuplicateOf ?? article.Id;
    }

    /// <summary>The parameters of <see cref="Upsert"/>.</summary>
    public static (string, object?)[] Parameters(ExtractedArticle extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var a = extracted.Article;
        return
        [
            ("@s", a.Source),
            ("@id", a.Id),
            ("@g", GroupOf(a)),
            ("@t", a.Title),
            ("@p", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@v", extracted.ExtractorVersion),
            ("@ia", extracted.IsAgreement ? 1 : 0),
            ("@j", ArticleJson.ToJsonLine(extracted)),
            ("@x", a.Text),
        ];
    }
}
