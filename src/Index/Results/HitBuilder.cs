using Extraction.Index.Query;
using Extraction.Index.Text;

namespace Extraction.Index.Results;

/// <summary>Turns loaded rows into hits: parties split, snippet cut from the field that matched most.</summary>
public static class HitBuilder
{
    public static SearchHit Build(HitRow row, double score, IReadOnlyList<KeyPhrase> phrases, SearchKey searchKey)
    {
        ArgumentNullException.ThrowIfNull(row);
        var parties = row.Parties.Length == 0 ? [] : row.Parties.Split(ResultCollector.PartySeparator);
        string?[] candidates = row.AgreementIndex < 0
            ? [row.ArticleText, row.Title]
            : [row.Evidence, row.Subject, string.Join("; ", parties), row.Title];
        var (source, matched) = candidates.Where(c => !string.IsNullOrEmpty(c))
            .Select((c, i) => (Text: c, Matched: SnippetBuilder.MatchedStarts(c, phrases, searchKey), Order: i))
            .OrderByDescending(x => x.Matched.Count).ThenBy(x => x.Order)
            .Select(x => (x.Text, x.Matched)).FirstOrDefault();
        return new SearchHit(
            row.ArticleId,
            row.AgreementIndex,
            row.Source,
            row.Title,
            row.Published,
            row.Kind,
            row.SignedOn,
            parties,
            SnippetBuilder.Build(source, matched ?? []),
            score,
            row.EvidenceStart,
            row.EvidenceEnd);
    }
}
