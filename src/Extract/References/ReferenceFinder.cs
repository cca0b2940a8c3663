using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Model;
using Extraction.Ingest.Text;

namespace Extraction.Extract.References;

/// <summary>
/// Finds cited documents: a document type, a number ("số 24/2021/QH15", "05-CT/TW", or a bare number
/// before "của"/"ngày"), an optional date ("ngày 28/7/2021", "ngày 21 tháng 12 năm 2023") and an optional
/// issuer ("của Quốc hội"); and laws by name ("Luật Bình đẳng giới"). One entry per document: a later
/// mention with more detail (date, issuer) replaces an earlier bare one.
/// </summary>
public static partial class ReferenceFinder
{
    private const string Types = PatternWords.DocumentTypeEitherInitial;

    // "số" may be separated from the type by a few lower-case words ("Quy chế phối hợp công tác số 01/QC").
    // Without "số" a bare number must be followed by "của"/"ngày", so "Kết luận 5 năm" is not a document.
    private const string Number =
        @"(?:(?:\s+[\p{Ll}]+){0,3}?\s+số\s*:?\s*(?<num>\d{1,5}(?:\s?[/\-–]\s?[\p{L}\d&]+)*)"
        + @"|\s+(?<num>\d{1,5}(?:\s?[/\-–]\s?[\p{L}\d&]+)+)"
        + @"|\s+(?<num>\d{1,4})(?=\s*,?\s+(?:của|ngày)\b))";

    private const string Date =
        @"(?:\s*,?\s*(?:ban hành\s+)?ngày\s+(?<d>\d{1,2})(?:\s*[/\-.]\s*|\s+tháng\s+)(?<m>\d{1,2})(?:\s*[/\-.]\s*|\s+năm\s+)(?<y>\d{4}))?";

    // The issuer ends before "về …", a comma, a quote, the sentence end, or the next cited document.
    private const string Issuer =
        @"(?:\s*,?\s+của\s+(?<issuer>\p{Lu}[^,;:“""(\n]{0,150}?)(?=\s+(?:và\s+)?(?:" + Types + @")(?!\p{L})|\s+(?:" + PatternWords.IssuerEnd + @")(?!\p{L})|\s*[,;:“""(\n]|\.\s|\.?$))?";

    [GeneratedRegex(@"(?<!\p{L})(?<type>(?:" + Types + @")(?:\s+[Ll]iên tịch)?)" + Number + Date + Issuer, RegexOptions.CultureInvariant)]
    private static partial Regex NumberedDocument();

    /// <summary>"Luật Bình đẳng giới", "Luật Phòng, chống ma túy", "Luật Đất đai năm 2024": a capitalised name of at most eight words.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?<type>Luật)\s+(?!sư(?!\p{L}))(?<name>\p{Lu}\p{Ll}*(?:,\s+chống|\s+(?!(?:" + PatternWords.LawNameEnd + @")(?!\p{L}))\p{L}+){0,7})(?<year>\s+năm\s+\d{4})?(?=[\s,.;:)“""]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedLaw();

    /// <summary>
    /// Real agreements cite a handful of documents (at most 2 on 17,600 articles); each new mention is compared with every
    /// document kept, so a crafted scope of thousands of numbered decisions (17,000 in 1 MB took 9 s) stops at this many.
    /// </summary>
    private const int MaxDocuments = 32;

    public static IReadOnlyList<DocumentReference> Find(string text, TextSpan scope)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(scope.Start, 0, text.Length);
        var end = Math.Clamp(scope.End, start, text.Length);
        var slice = text[start..end];
        var found = new List<DocumentReference>();
        var covered = new List<(int Start, int End)>();

        foreach (Match m in NumberedDocument().Matches(slice))
        {
            if (found.Count == MaxDocuments)
            {
                break;
            }
            var span = Trimmed(slice, m.Index, m.Index + m.Length, start);
            var issuer = m.Groups["issuer"].Success ? m.Groups["issuer"].Value.TrimEnd(' ', '.') : null;
            Add(found, new DocumentReference(
                span.Slice(text), Capitalised(m.Groups["type"].Value), m.Groups["num"].Value,
                DateOf(m), string.IsNullOrEmpty(issuer) ? null : issuer, span));
            covered.Add((m.Index, m.Index + m.Length));
        }
        foreach (Match m in NamedLaw().Matches(slice))
        {
            if (found.Count == MaxDocuments)
            {
                break;
            }
            if (covered.Any(c => m.Index < c.End && c.Start < m.Index + m.Length))
            {
                continue;
            }
            var span = Trimmed(slice, m.Index, m.Index + m.Length, start);
            DateOnly? date = null;
            Add(found, new DocumentReference(span.Slice(text), "Luật", null, date, null, span));
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static TextSpan Trimmed(string slice, int from, int to, int offset)
    {
        while (to > from && (char.IsWhiteSpace(slice[to - 1]) || slice[to - 1] is ',' or '.'))
        {
            to--;
        }
        return new TextSpan(offset + from, offset + to);
    }

    private static string Capitalised(string type) =>
        string.Concat(char.ToUpperInvariant(type[0]).ToString(), type[1..].ToLowerInvariant());

    private static DateOnly? DateOf(Match m)
    {
        if (!m.Groups["d"].Success)
        {
            return null;
        }
        var d = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return IsoDate.Of(Math.Clamp(y, 1, 9999), mo, d);
    }

    /// <summary>
    /// Keeps one entry per document, the most detailed mention. Same type and the same number, or a short
    /// number that opens the full one ("Chỉ thị số 40" after "Chỉ thị số 40-CT/TW"), is the same document.
    /// </summary>
    private static void Add(List<DocumentReference> found, DocumentReference reference)
    {
        var i = found.FindIndex(r => SameDocument(r, reference));
        if (i < 0)
        {
            found.Add(reference);
        }
        else if (Detail(reference) > Detail(found[i]))
        {
            found[i] = reference;
        }
    }

    private static bool SameDocument(DocumentReference a, DocumentReference b)
    {
        if (a.Number is null || b.Number is null)
        {
            return a.Number is null && b.Number is null && VietnameseFold.Fold(a.Text) == VietnameseFold.Fold(b.Text);
        }
        if (!string.Equals(a.Type, b.Type, StringComparison.Ordinal))
        {
            return false;
        }
        var x = Compact(a.Number);
        var y = Compact(b.Number);
        var (shortNo, longNo) = x.Length <= y.Length ? (x, y) : (y, x);
        return shortNo == longNo || (longNo.StartsWith(shortNo, StringComparison.Ordinal) && longNo[shortNo.Length] is '/' or '-' or '–');
    }

    private static string Compact(string number) => VietnameseFold.Fold(number.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>Date, issuer and a full number make a mention more detailed.</summary>
    private static int Detail(DocumentReference r) => (r.Date is null ? 0 : 4) + (r.Issuer is null ? 0 : 2) + (r.Number is { } n && n.AsSpan().IndexOfAny("/-–") >= 0 ? 1 : 0);
}
