using Extraction.Index.Indexing;
using Extraction.Index.Query;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// The posting keys of a doc and of a query phrase, made by one rule so the two always agree: each
/// folded word and each pair of adjacent folded words, prefixed by the field (p parties, t title,
/// s subject, a any text field including the body, k kind, l place). A phrase is the AND of its adjacent pairs in one field, so
/// "mat tran to quoc" reads three short lists rather than four of the commonest words.
/// </summary>
internal static class PostingKeys
{
    /// <summary>Every stored agreement row / article row (deleted ones drop out of these).</summary>
    public static string Docs(bool articles) => articles ? "_d1" : "_d0";

    /// <summary>Rows of a syndicated copy whose group head is stored: hidden from search.</summary>
    public const string Hidden = "_h";

    public static string Year(int year) => "y:" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The words and pairs of every text field (parties, title, subject, body) together, pairs never spanning two fields: what an unfielded word matches.</summary>
    private const char AnyField = 'a';

    /// <summary>
    /// Words as spelled (tone and vowel marks kept, tone placement unified) in any text field, only for
    /// words that have marks: they rank "hòa" above "hóa" for a query typed with marks, never decide a match.
    /// </summary>
    private const char SpelledField = 'x';

    public static HashSet<string> OfDoc(IndexedDoc doc, bool isArticle)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var k = doc.Keys;
        var keys = new HashSet<string>(StringComparer.Ordinal) { Docs(isArticle) };
        // The body has no field of its own: it ranks lowest, which is what a match not in the others gets.
        AddField(keys, 'p', k.PartiesF);
        AddField(keys, 't', k.TitleF);
        AddField(keys, 's', k.SubjectF);
        foreach (var text in new[] { k.PartiesF, k.TitleF, k.SubjectF, k.BodyF })
        {
            AddField(keys, AnyField, text);
        }
        AddSpelled(keys, k.PartiesX, k.PartiesF);
        AddSpelled(keys, k.TitleX, k.TitleF);
        AddSpelled(keys, k.SubjectX, k.SubjectF);
        AddSpelled(keys, k.BodyX, k.BodyF);
        AddField(keys, 'k', k.KindF);
        AddField(keys, 'l', k.PlaceF);
        if (doc.Year is int y)
        {
            keys.Add(Year(y));
        }
        return keys;
    }

    /// <summary>The keys a field must hold for the phrase: its one word, or each adjacent pair.</summary>
    public static List<string> OfPhrase(char field, IReadOnlyList<string> folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Count == 1)
        {
            return [Key(field, folded[0])];
        }
        var keys = new List<string>(folded.Count - 1);
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            var pair = Key(field, folded[i] + " " + folded[i + 1]);
            if (!keys.Contains(pair))
            {
                keys.Add(pair);
            }
        }
        return keys;
    }

    /// <summary>The spelled keys of the words of a phrase typed with diacritics (the words typed without any are found by the folded keys alone).</summary>
    public static List<string> Spelled(IReadOnlyList<string> exact, IReadOnlyList<string> folded)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(folded);
        var keys = new List<string>();
        for (var i = 0; i < exact.Count && i < folded.Count; i++)
        {
            if (!string.Equals(exact[i], folded[i], StringComparison.Ordinal))
            {
                keys.Add(Key(SpelledField, exact[i]));
            }
        }
        return keys;
    }

    /// <summary>The field whose keys decide whether a query phrase matches.</summary>
    public static char MatchField(QueryField field) => field switch
    {
        QueryField.Party => 'p',
        QueryField.Place => 'l',
        QueryField.Kind => 'k',
        _ => AnyField,
    };

    private static string Key(char field, string words) => string.Create(words.Length + 2, (field, words), static (span, k) =>
    {
        span[0] = k.field;
        span[1] = ':';
        k.words.AsSpan().CopyTo(span[2..]);
    });

    private static void AddSpelled(HashSet<string> keys, string? exact, string? folded)
    {
        if (string.IsNullOrEmpty(exact) || string.IsNullOrEmpty(folded) || string.Equals(exact, folded, StringComparison.Ordinal))
        {
            return;
        }
        var spelled = exact.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var plain = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        keys.UnionWith(Spelled(spelled, plain));
    }

    private static void AddField(HashSet<string> keys, char field, string? folded)
    {
        if (string.IsNullOrEmpty(folded))
        {
            return;
        }
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            keys.Add(Key(field, words[i]));
            if (i + 1 < words.Length)
            {
                keys.Add(Key(field, words[i] + " " + words[i + 1]));
            }
        }
    }
}
