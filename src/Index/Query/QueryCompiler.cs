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
        clauses = SpelledOutNames(clauses, keys);
        var excluded = query.Excluded.Select(t => ToPhrase(t, keys)).OfType<KeyPhrase>().ToList();
        return new CompiledQuery(clauses, excluded, query.Years, query.From, query.To, highlight) { Proximity = Runs(clauses) };
    }

    /// <summary>A typed-out name may leave out a word or two ("và", a dash read as a word): the text's name still matches.</summary>
    private const int TypedOutSlop = 2;

    /// <summary>
    /// Words typed one by one that spell out an abbreviation ("Ủy ban nhân dân") become its phrase, so they
    /// find what the abbreviation finds ("UBND" is that phrase) and not the same words strewn apart.
    /// </summary>
    private static List<IReadOnlyList<KeyPhrase>> SpelledOutNames(List<IReadOnlyList<KeyPhrase>> clauses, SearchKey keys)
    {
        var result = new List<IReadOnlyList<KeyPhrase>>(clauses.Count);
        var i = 0;
        while (i < clauses.Count)
        {
            var run = 0;
            while (i + run < clauses.Count && run < keys.LongestExpansion && clauses[i + run] is [{ Field: QueryField.Any, Folded.Count: 1 }])
            {
                run++;
            }
            var merged = false;
            for (var n = run; n >= 2; n--)
            {
                var words = clauses.Skip(i).Take(n).Select(c => c[0]).ToList();
                if (keys.IsExpansion(words.Select(w => w.Folded[0])))
                {
                    result.Add([new KeyPhrase(QueryField.Any, words.Select(w => w.Exact[0]).ToArray(), words.Select(w => w.Folded[0]).ToArray()) { Slop = TypedOutSlop }]);
                    i += n;
                    merged = true;
                    break;
                }
            }
            if (!merged)
            {
                result.Add(clauses[i]);
                i++;
            }
        }
        return result;
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
