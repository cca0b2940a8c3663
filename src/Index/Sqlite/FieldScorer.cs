using Extraction.Index.Query;

namespace Extraction.Index.Sqlite;

/// <summary>
/// Ranks a full-text match in C# from the folded keys of its short fields, instead of FTS5's bm25():
/// bm25 first walks every phrase's doclist over the whole index for its IDF, which for phrases of
/// the commonest keys (mat tran to quoc, uy ban) cost four fifths of a search. Every match holds
/// every clause somewhere, so what separates matches is where: parties and title above subject above
/// body (the bm25 column weights), and, among equals, shorter party lists (bm25's length norm).
/// </summary>
internal sealed class FieldScorer
{
    private const double PartyWeight = 5;
    private const double TitleWeight = 4;
    private const double SubjectWeight = 2;
    private const double BodyWeight = 1;

    private readonly List<List<(QueryField Field, string Phrase)>> clauses;

    public FieldScorer(CompiledQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        clauses = q.Clauses.Select(c => c.Select(p => (p.Field, string.Join(' ', p.Folded))).ToList()).ToList();
    }

    public double Score(string? parties, string? title, string? subject)
    {
        var score = 0.0;
        var inParties = 0;
        foreach (var clause in clauses)
        {
            var best = 0.0;
            foreach (var (field, phrase) in clause)
            {
                var w = field switch
                {
                    QueryField.Party => PartyWeight,
                    QueryField.Place or QueryField.Kind => BodyWeight,
                    _ => Contains(parties, phrase) ? PartyWeight
                        : Contains(title, phrase) ? TitleWeight
                        : Contains(subject, phrase) ? SubjectWeight
                        : BodyWeight,
                };
                best = Math.Max(best, w);
            }
            inParties += best == PartyWeight ? 1 : 0;
            score += best;
        }
        // A clause found among few parties says more than one found among many.
        var partyWords = string.IsNullOrEmpty(parties) ? 0 : parties.Count(c => c == ' ') + 1;
        return score + (inParties > 0 ? inParties / (1.0 + (partyWords / 8.0)) : 0);
    }

    /// <summary>Whether the space-separated keys hold the phrase as whole keys.</summary>
    private static bool Contains(string? keys, string phrase)
    {
        if (string.IsNullOrEmpty(keys))
        {
            return false;
        }
        var from = 0;
        while (true)
        {
            var i = keys.IndexOf(phrase, from, StringComparison.Ordinal);
            if (i < 0)
            {
                return false;
            }
            var end = i + phrase.Length;
            if ((i == 0 || keys[i - 1] == ' ') && (end == keys.Length || keys[end] == ' '))
            {
                return true;
            }
            from = i + 1;
        }
    }
}
