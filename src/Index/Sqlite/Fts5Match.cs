using System.Text;
using Extraction.Index.Query;

namespace Extraction.Index.Sqlite;

/// <summary>
/// Renders a compiled query as an FTS5 MATCH string. Every token is a key made of letters and digits,
/// written as a double-quoted FTS5 string; the string is always bound as a parameter, never spliced into SQL.
/// </summary>
public static class Fts5Match
{
    /// <summary>Column order of the FTS table; bm25 weights follow it.</summary>
    public static readonly string[] Columns = ["p_x", "p_f", "t_x", "t_f", "s_x", "s_f", "b_x", "b_f", "k_f", "l_f"];

    /// <summary>Parties and title above subject above body; exact columns add to folded ones, so exact spellings win.</summary>
    public static readonly double[] Weights = [5, 5, 4, 4, 2, 2, 1, 1, 1, 1];

    public static string? Positive(CompiledQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        if (!q.HasPositiveText)
        {
            return null;
        }
        var sb = new StringBuilder();
        var parts = q.Clauses.Select(Clause).ToList();
        sb.Append('(').AppendJoin(" AND ", parts).Append(')');
        if (q.HasExcluded)
        {
            sb.Append(" NOT ").Append(Negative(q));
        }
        return sb.ToString();
    }

    public static string? Negative(CompiledQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return q.HasExcluded ? "(" + string.Join(" OR ", q.Excluded.Select(Phrase)) + ")" : null;
    }

    private static string Clause(IReadOnlyList<KeyPhrase> clause) => "(" + string.Join(" OR ", clause.Select(Phrase)) + ")";

    private static string Phrase(KeyPhrase p)
    {
        var (exact, folded) = p.Field switch
        {
            QueryField.Party => ("{p_x}", "{p_f}"),
            QueryField.Place => (null, "{l_f}"),
            QueryField.Kind => (null, "{k_f}"),
            _ => ("{p_x t_x s_x b_x}", "{p_f t_f s_f b_f}"),
        };
        var f = $"{folded} : {Quote(p.Folded)}";
        return exact is not null && p.UseExact ? $"({exact} : {Quote(p.Exact)} OR {f})" : f;
    }

    private static string Quote(IReadOnlyList<string> tokens) =>
        "\"" + string.Join(' ', tokens).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
