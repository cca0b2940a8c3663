using Extraction.Extract.Model;
using Extraction.Extract.Places;

namespace Extraction.Index.Indexing;

/// <summary>Turns an extracted article into its searchable rows: one per agreement, one for the article.</summary>
public static class DocBuilder
{
    public static List<IndexedDoc> Build(ExtractedArticle extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var docs = new List<IndexedDoc>(extracted.Agreements.Count + 1);
        for (var i = 0; i < extracted.Agreements.Count; i++)
        {
            docs.Add(AgreementDoc(extracted, i));
        }
        docs.Add(ArticleDoc(extracted));
        return docs;
    }

    private static IndexedDoc AgreementDoc(ExtractedArticle extracted, int index)
    {
        var a = extracted.Article;
        var ag = extracted.Agreements[index];
        var parties = ag.Parties.Select(p => string.IsNullOrWhiteSpace(p.Canonical) ? p.Name : p.Canonical).ToList();
        // Both the mention and the canonical name are searchable: analysts type either.
        var partyText = string.Join(" ; ", ag.Parties.SelectMany(p => p.Name == p.Canonical ? [p.Name] : new[] { p.Canonical, p.Name }));
        var evidence = Slice(a.Text, ag.Evidence);
        var body = string.Join(" ; ", new[] { evidence }
            .Concat(ag.Items.Select(i => i.Text))
            .Concat(ag.People.Select(p => p.Name))
            .Concat(ag.References.Select(r => r.Text))
            .Where(s => !string.IsNullOrEmpty(s)));
        var subject = string.Join(" ; ", new[] { ag.Kind, ag.Subject, ag.Period }.Where(s => !string.IsNullOrEmpty(s)));
        var placeNames = ag.Parties.SelectMany(p => new[] { p.Canonical, p.Name }).Append(ag.Location).ToList();
        var (year, dateKey) = DateOf(ag.SignedOn, a.Published);
        return new IndexedDoc(
            index,
            NormaliseKind(ag.Kind),
            ag.SignedOn?.ToString(),
            year,
            dateKey,
            PlaceReader.Province(placeNames.Prepend(ag.Location)),
            parties,
            ag.Subject,
            evidence,
            ag.Evidence.Start,
            ag.Evidence.End)
        {
            Texts = new IndexedTexts(
                ag.Parties.SelectMany(p => p.Name == p.Canonical ? [p.Name] : new[] { p.Canonical, p.Name }).Where(p => !string.IsNullOrEmpty(p)).ToList(),
                a.Title ?? "",
                subject,
                body,
                ag.Kind ?? "",
                PlaceReader.Units(placeNames)),
        };
    }

    private static IndexedDoc ArticleDoc(ExtractedArticle extracted)
    {
        var a = extracted.Article;
        var ags = extracted.Agreements;
        var parties = ags.SelectMany(g => g.Parties).Select(p => string.IsNullOrWhiteSpace(p.Canonical) ? p.Name : p.Canonical)
            .Distinct(StringComparer.Ordinal).ToList();
        var partyText = string.Join(" ; ", ags.SelectMany(g => g.Parties).SelectMany(p => new[] { p.Canonical, p.Name }).Distinct(StringComparer.Ordinal));
        var subject = string.Join(" ; ", ags.SelectMany(g => new[] { g.Kind, g.Subject }).Where(s => !string.IsNullOrEmpty(s)));
        var placeNames = ags.SelectMany(g => g.Parties.SelectMany(p => new[] { p.Canonical, p.Name }).Append(g.Location)).ToList();
        var first = ags.Count > 0 ? ags[0] : null;
        var (year, dateKey) = DateOf(first?.SignedOn, a.Published);
        return new IndexedDoc(
            -1,
            NormaliseKind(first?.Kind),
            first?.SignedOn?.ToString(),
            year,
            dateKey,
            PlaceReader.Province(placeNames),
            parties,
            first?.Subject,
            null,
            0,
            a.Text.Length)
        {
            Texts = new IndexedTexts(
                ags.SelectMany(g => g.Parties).SelectMany(p => new[] { p.Canonical, p.Name }).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).ToList(),
                a.Title ?? "",
                subject,
                a.Text,
                string.Join(" ; ", ags.Select(g => g.Kind)),
                PlaceReader.Units(placeNames)),
        };
    }

    /// <summary>The signing date when its year is known, else the publication date: what year: and from:/to: filter on.</summary>
    private static (int? Year, int? DateKey) DateOf(PartialDate? signed, DateOnly? published)
    {
        if (signed is { Year: int y } s)
        {
            return (y, (y * 10000) + (s.Month * 100) + s.Day);
        }
        if (published is DateOnly p)
        {
            return (p.Year, (p.Year * 10000) + (p.Month * 100) + p.Day);
        }
        return (null, null);
    }

    /// <summary>"chương trình phối hợp" and "Chương trình phối hợp" are one facet value.</summary>
    private static string? NormaliseKind(string? kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            return null;
        }
        var lower = kind.Trim().ToLowerInvariant();
        return char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    private static string? Slice(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.End > span.Start ? text[span.Start..span.End] : null;
}
