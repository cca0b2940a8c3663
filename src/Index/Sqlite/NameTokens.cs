using Extraction.Index.Text;

namespace Extraction.Index.Sqlite;

/// <summary>
/// One extra key per known multi-word name (each abbreviation's expansion, e.g. mat tran to quoc):
/// appended to a column wherever its words stand together, so the query for MTTQ or for the name
/// spelled out reads one short doclist instead of a phrase over four of the commonest keys.
/// Exact by construction: a column holds the token if and only if it holds the phrase.
/// </summary>
internal sealed class NameTokens
{
    private readonly Dictionary<string, List<string[]>> byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> tokens = new(StringComparer.Ordinal);

    public NameTokens(SearchKey keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var words in keys.FoldedExpansions.Where(w => w.Count >= 2).Select(w => w.ToArray()))
        {
            var phrase = string.Join(' ', words);
            if (tokens.TryAdd(phrase, "nm" + string.Concat(words)))
            {
                if (!byFirst.TryGetValue(words[0], out var list))
                {
                    byFirst[words[0]] = list = [];
                }
                list.Add(words);
            }
        }
    }

    /// <summary>The single token standing for a phrase of folded keys, when the phrase is a known name.</summary>
    public string? Token(IReadOnlyList<string> folded) => folded.Count >= 2 && tokens.TryGetValue(string.Join(' ', folded), out var t) ? t : null;

    /// <summary>The folded key text with the tokens of the names it holds appended.</summary>
    public string Append(string folded)
    {
        if (string.IsNullOrEmpty(folded))
        {
            return folded;
        }
        var words = folded.Split(' ');
        List<string>? found = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (!byFirst.TryGetValue(words[i], out var names))
            {
                continue;
            }
            foreach (var name in names)
            {
                if (i + name.Length <= words.Length && name.AsSpan().SequenceEqual(words.AsSpan(i, name.Length)))
                {
                    var t = tokens[string.Join(' ', name)];
                    found ??= [];
                    if (!found.Contains(t))
                    {
                        found.Add(t);
                    }
                }
            }
        }
        return found is null ? folded : folded + " " + string.Join(' ', found);
    }
}
