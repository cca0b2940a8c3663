using Extraction.Index.Text;

namespace Extraction.Index.Query;

/// <summary>Turns the AST into key phrases with the same <see cref="SearchKey"/> the index used.</summary>
public static class QueryCompiler
{
    public static CompiledQuery Compile(ParsedQuery query, SearchKey keys)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(keys);
        var highlight = new HashSet<string>(StringComparer.Ordinal);
        var clauses = new List<IReadOnlyList<KeyPhrase>>();
        foreach (var clause in query.Clauses)
        {
            var phrases = clause.Select(t => ToPhrase(t, keys)).OfType<KeyPhrase>().ToList();
            if (phrases.Count == 0)
            {
                continue;
            }
            foreach (var p in phrases)
            {
                highlight.UnionWith(p.Folded);
            }
            clauses.Add(phrases);
        }
        var excluded = query.Excluded.Select(t => ToPhrase(t, keys)).OfType<KeyPhrase>().ToList();
        return new CompiledQuery(clauses, excluded, query.Years, query.From, query.To, highlight) { Proximity = Runs(clauses) };
    }

    /// <summary>Maximal runs (2+) of clauses that are one term searched anywhere, joined into one phrase.</summary>
    private static List<(int, int, KeyPhrase)> Runs(List<IReadOnlyList<KeyPhrase>> clauses)
    {
        var runs = new List<(int, int, KeyPhrase)>();
        var i = 0;
        while (i < clauses.Count)
        {
            var start = i;
            while (i < clauses.Count && clauses[i] is [{ Field: QueryField.Any }])
            {
                i++;
            }
            if (i - start >= 2)
            {
                var run = clauses.Skip(start).Take(i - start).Select(c => c[0]).ToList();
                runs.Add((start, i - start, new KeyPhrase(QueryField.Any, run.SelectMany(p => p.Exact).ToArray(), run.SelectMany(p => p.Folded).ToArray())));
            }
            i = Math.Max(i, start + 1);
        }
        return runs;
    }

    private static KeyPhrase? ToPhrase(QueryTerm term, SearchKey keys)
    {
        var tokens = keys.Tokens(term.Text);
        return tokens.Count == 0
            ? null
            : new KeyPhrase(term.Field, tokens.Select(t => t.Exact).ToArray(), tokens.Select(t => t.Folded).ToArray());
    }
}
