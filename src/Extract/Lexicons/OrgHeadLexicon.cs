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

    private static OrgHeadLexicon Load()
    {
        var list = new List<(string[] Words, OrgHead Head)>();
        foreach (var (line, row) in EmbeddedTsv.ReadNumbered("org-heads.tsv"))
        {
            if (Row(line, row) is { } head)
            {
                list.Add((head.Words, head));
            }
        }
        return new OrgHeadLexicon(new PhraseLexicon<OrgHead>(list, t => t.Lower));
    }

    /// <summary>One row (head, class, optionally "capital"), or null when it has no class; a third field other than "capital" fails with the line.</summary>
    internal static OrgHead? Row(int line, string[] row)
    {
        if (row.Length < 2)
        {
            return null;
        }
        // A mistyped mark would silently make a common noun a head in lower case again.
        if (row.Length > 2 && row[2] != "capital")
        {
            throw new InvalidDataException($"org-heads.tsv line {line}: the third field may only be 'capital', found '{row[2]}'.");
        }
        var cls = row[1] switch
        {
            "complete" => OrgHeadClass.Complete,
            "prefix" => OrgHeadClass.Prefix,
            _ => OrgHeadClass.Named,
        };
        return new OrgHead(TextKeys.LowerWords(row[0]), cls, row.Length > 2);
    }
}
