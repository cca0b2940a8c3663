using System.Collections.Concurrent;
using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Organisation-name heads (embedded <c>org-heads.tsv</c>), matched on lower-case words, longest first.</summary>
internal sealed class OrgHeadLexicon
{
    private static readonly Lazy<OrgHeadLexicon> LazyDefault = new(Load);

    private readonly PhraseLexicon<OrgHead> heads;

    private OrgHeadLexicon(PhraseLexicon<OrgHead> heads) => this.heads = heads;

    public static OrgHeadLexicon Default => LazyDefault.Value;

    /// <summary>The longest head starting at <paramref name="i"/>, or null. Lower-case words must match.</summary>
    public OrgHead? Match(IReadOnlyList<Token> tokens, int i) => heads.Match(tokens, i)?.Value;

    // Only the lexicon's abbreviations are cached: keyed by every capitalised token met, the cache grew with each new article's words.
    private readonly ConcurrentDictionary<string, bool> abbreviationHeads = new(StringComparer.Ordinal);

    /// <summary>UBND, HĐND, VKSND, NHCSXH, BĐBP: abbreviations whose expansion opens with a head (not "TP", a city).</summary>
    public bool IsAbbreviationHead(string abbreviation) =>
        AbbreviationLexicon.Default.Expand(abbreviation) is { } expansion
        && abbreviationHeads.GetOrAdd(abbreviation, static (a, arg) => !a.StartsWith("TP", StringComparison.Ordinal) && arg.Self.OpensWithHead(arg.Expansion), (Self: this, Expansion: expansion));

    /// <summary>Whether the words of <paramref name="expansion"/>, capitalised as a name writes them, open with a head.</summary>
    private bool OpensWithHead(string expansion)
    {
        var words = expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = words.Select((w, k) => new Token(char.ToUpperInvariant(w[0]) + w[1..], k, k + 1, TokenKind.Word)).ToList();
        return Match(tokens, 0) is not null;
    }

    private static OrgHeadLexicon Load()
    {
        var list = new List<(string[] Words, OrgHead Head)>();
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
            list.Add((words, new OrgHead(words, cls)));
        }
        return new OrgHeadLexicon(new PhraseLexicon<OrgHead>(list, t => t.Lower));
    }
}
