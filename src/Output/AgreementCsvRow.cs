using System.Globalization;
using Extraction.Extract.Model;
using Extraction.Ingest;

namespace Extraction.Output;

/// <summary>
/// The columns of the CSV export and the cells of one agreement: the contract's fields, the
/// article's url and site, and the evidence offsets (into the cleaned text that <c>show --text</c>
/// prints) so a spreadsheet user can find every value again. Lists are joined by " | ".
/// </summary>
public static class AgreementCsvRow
{
    public const string ListSeparator = " | ";

    public static readonly string[] Header =
    [
        "article_id", "source", "url", "site", "title", "published", "agreement",
        "kind", "subject", "signed_on", "period", "location",
        "parties", "canonical_parties", "items",
        "evidence_start", "evidence_end",
        "kind_start", "kind_end", "subject_start", "subject_end",
        "signed_on_start", "signed_on_end", "period_start", "period_end",
        "location_start", "location_end",
        "party_spans", "item_spans",
    ];

    public static string?[] Cells(Article a, int index, Agreement ag) =>
    [
        a.Id, a.Source, a.Url, a.Site, a.Title, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Number(index), ag.Kind, ag.Subject, ag.SignedOn?.ToString(), ag.Period, ag.Location,
        Join(ag.Parties.Select(p => p.Name)),
        Join(ag.Parties.Select(p => p.Canonical)),
        Join(ag.Items.Select(t => t.Text)),
        Number(ag.Evidence.Start), Number(ag.Evidence.End),
        Start(ag.KindSpan), End(ag.KindSpan), Start(ag.SubjectSpan), End(ag.SubjectSpan),
        Start(ag.SignedOnSpan), End(ag.SignedOnSpan), Start(ag.PeriodSpan), End(ag.PeriodSpan),
        Start(ag.LocationSpan), End(ag.LocationSpan),
        // A side named only in the headline points into the title, so its span says so.
        Join(ag.Parties.Select(p => (p.InTitle ? "title:" : "") + Range(p.Span))),
        Join(ag.Items.Select(t => Range(t.Span))),
    ];

    private static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);

    private static string Range(TextSpan s) => Number(s.Start) + "-" + Number(s.End);

    private static string? Start(TextSpan? s) => s is { } span ? Number(span.Start) : null;

    private static string? End(TextSpan? s) => s is { } span ? Number(span.End) : null;

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
