using System.Text;
using Extraction.Index.Query;

namespace Extraction.Index.Postgres;

/// <summary>
/// Renders a compiled query as a SQL boolean over tsquery parameters. Each phrase becomes one
/// tsquery text (quoted lexemes joined by &lt;-&gt;, weight-restricted for fields) bound as a parameter.
/// </summary>
public static class TsQuery
{
    /// <summary>ts_rank weights {D, C, B, A}: parties (A) and title (B) above subject (C) above body (D).</summary>
    public const string RankWeights = "'{0.2, 0.4, 0.8, 1.0}'";

    public static string Where(CompiledQuery q, List<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(parameters);
        var parts = new List<string>();
        foreach (var clause in q.Clauses)
        {
            parts.Add("(" + string.Join(" OR ", clause.Select(p => Atom(p, parameters))) + ")");
        }
        if (q.HasExcluded)
        {
            parts.Add("NOT (" + string.Join(" OR ", q.Excluded.Select(p => Atom(p, parameters))) + ")");
        }
        return string.Join(" AND ", parts);
    }

    /// <summary>The tsquery text ranking folded matches: every positive phrase, ORed.</summary>
    public static string? RankFolded(CompiledQuery q) => Join(q, exact: false);

    /// <summary>The tsquery text ranking exact matches: phrases the user typed with diacritics, ORed.</summary>
    public static string? RankExact(CompiledQuery q) => Join(q, exact: true);

    private static string? Join(CompiledQuery q, bool exact)
    {
        var phrases = q.Clauses.SelectMany(c => c)
            .Where(p => p.Field is QueryField.Any or QueryField.Party && (!exact || p.UseExact))
            .Concat(q.Proximity.Select(r => r.Phrase).Where(p => !exact || p.UseExact))
            .Select(p => "(" + Phrase(exact ? p.Exact : p.Folded, p.Field == QueryField.Party ? "A" : null) + ")")
            .ToList();
        return phrases.Count == 0 ? null : string.Join(" | ", phrases);
    }

    private static string Atom(KeyPhrase p, List<(string Name, object? Value)> parameters)
    {
        var name = $"@t{parameters.Count}";
        var (vector, weight) = p.Field switch
        {
            QueryField.Party => ("d.tsv_f", "A"),
            QueryField.Kind => ("d.tsv_kl", "A"),
            QueryField.Place => ("d.tsv_kl", "B"),
            _ => ("d.tsv_f", (string?)null),
        };
        parameters.Add((name, Phrase(p.Folded, weight)));
        return $"{vector} @@ CAST({name} AS tsquery)";
    }

    private static string Phrase(IReadOnlyList<string> tokens, string? weight)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(" <-> ");
            }
            sb.Append('\'').Append(tokens[i].Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal)).Append('\'');
            if (weight is not null)
            {
                sb.Append(':').Append(weight);
            }
        }
        return sb.ToString();
    }
}
