using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Organisation-name heads (embedded <c>org-heads.tsv</c>), matched on lower-case words, longest first.</summary>
internal sealed class OrgHeadLexicon
{
    private static readonly Lazy<OrgHeadLexicon> LazyDefault = new(Load);

    private readonly Dictionary<string, List<OrgHead>> byFirstWord;

    private OrgHeadLexicon(Dictionary<string, List<OrgHead>> byFirstWord) => this.byFirstWord = byFirstWord;

    public static OrgHeadLexicon Default => LazyDefault.Value;

    /// <summary>The longest head starting at <paramref name="i"/>, or null. Folded words must match.</summary>
    public OrgHead? Match(IReadOnlyList<Token> tokens, int i)
    {
        if (!byFirstWord.TryGetValue(tokens[i].Lower, out var heads))
        {
            return null;
        }
        foreach (var head in heads)
        {
            if (i + head.Words.Length > tokens.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < head.Words.Length && ok; k++)
            {
                ok = tokens[i + k].Kind == TokenKind.Word && tokens[i + k].Lower == head.Words[k];
            }
            if (ok)
            {
                return head;
            }
        }
        return null;
    }

    private static OrgHeadLexicon Load()
    {
        var map = new Dictionary<string, List<OrgHead>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTsv.Read("org-heads.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }
            var cls = row[1] switch
            {
                "complete" => OrgHeadClass.Complete,
                "prefix" => OrgHeadClass.Prefix,
                _ => OrgHeadClass.Named,
            };
            var words = TextKeys.LowerWords(row[0]);
            if (!map.TryGetValue(words[0], out var list))
            {
                map[words[0]] = list = [];
            }
            list.Add(new OrgHead(words, cls));
        }
        foreach (var list in map.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
        return new OrgHeadLexicon(map);
    }
}
