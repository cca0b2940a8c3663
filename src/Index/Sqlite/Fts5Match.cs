using System.Text;
using Extraction.Index.Query;

namespace Extraction.Index.Sqlite;

/// <summary>
/// Renders a compiled query as an FTS5 MATCH string. Every token is a key made of letters and digits,
/// written as a double-quoted FTS5 string; the string is always bound as a parameter, never spliced into SQL.
/// </summary>
internal static class Fts5Match
{
    /// <summary>Column order of the FTS table: folded keys only (exact spellings win by a rerank of the
    /// top candidates; exact-key columns doubled the index and every phrase's doclist walk), and the year token.</summary>
    public static readonly string[] Columns = ["p_f", "t_f", "s_f", "b_f", "k_f", "l_f", "y"];

    /// <summary>Longest from:/to: span turned into year tokens; wider ranges are filtered on the rows only.</summary>
    private const int MaxYearSpan = 40;

    /// <summary>The token the y column holds for a doc's year: the year filter then narrows the MATCH itself.</summary>
    public static string YearToken(int year) => "y" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string? Positive(CompiledQuery q, NameTokens? names = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        if (!q.HasPositiveText)
        {
            return null;
        }
        var sb = new StringBuilder();
        var parts = q.Clauses.Select(c => Clause(c, names)).ToList();
        sb.Append('(').AppendJoin(" AND ", parts).Append(')');
        if (Years(q) is { Count: > 0 } years)
        {
            // A superset of the row filter (which still applies): rows of other years never reach bm25 or the join.
            sb.Append(" AND {y} : (").AppendJoin(" OR ", years.Select(YearToken)).Append(')');
        }
        if (q.HasExcluded)
        {
            sb.Append(" NOT ").Append(Negative(q, names));
        }
        return sb.ToString();
    }

    public static string? Negative(CompiledQuery q, NameTokens? names = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        return q.HasExcluded ? "(" + string.Join(" OR ", q.Excluded.Select(p => Phrase(p, names))) + ")" : null;
    }

    /// <summary>The years a doc must fall in for the query's year: and from:/to: filters, or empty when unbounded.</summary>
    private static List<int> Years(CompiledQuery q)
    {
        var years = q.Years.ToList();
        if (q.From is DateOnly from && q.To is DateOnly to && to.Year - from.Year <= MaxYearSpan)
        {
            var span = Enumerable.Range(from.Year, Math.Max(0, to.Year - from.Year + 1)).ToList();
            years = years.Count == 0 ? span : years.Intersect(span).ToList();
            if (years.Count == 0)
            {
                // No year can pass both filters: a token no doc holds keeps the MATCH empty.
                years.Add(0);
            }
        }
        return years;
    }

    private static string Clause(IReadOnlyList<KeyPhrase> clause, NameTokens? names) => "(" + string.Join(" OR ", clause.Select(p => Phrase(p, names))) + ")";

    private static string Phrase(KeyPhrase p, NameTokens? names)
    {
        var folded = p.Field switch
        {
            QueryField.Party => "{p_f}",
            QueryField.Place => "{l_f}",
            QueryField.Kind => "{k_f}",
            _ => "{p_f t_f s_f b_f}",
        };
        // A known name is one indexed token (see NameTokens): one doclist, not a phrase of common keys.
        return names?.Token(p.Folded) is string name ? $"{folded} : {Quote([name])}" : $"{folded} : {Quote(p.Folded)}";
    }

    private static string Quote(IReadOnlyList<string> tokens) =>
        "\"" + string.Join(' ', tokens).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
