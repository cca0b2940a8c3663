using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// Decodes the bytes of a Vietnamese page or scrape, whatever its encoding, into NFC text.
/// Evidence, strongest first: a byte-order mark; the bytes being valid UTF-8 (or UTF-16 by their zero
/// bytes); then, for 8-bit bytes, which decoding reads as Vietnamese, with the declared charset
/// (HTTP header, else &lt;meta&gt;) breaking ties. Declarations lie often (font-encoded TCVN3 and VNI
/// pages declare windows-1252 or even UTF-8), so they never outvote the content. Tone-mark placement
/// is left as written ("hoà" stays "hoà"); only the normalisation form is unified.
/// </summary>
public static class VietnameseDecoder
{
    // Latin-1 chars that Vietnamese text never contains: when a Unicode text holds one, it may be
    // font-encoded (TCVN3 "ViÖt", VNI "Vieät") or double-encoded UTF-8 ("Viá»‡t") and is re-examined.
    private static readonly char[] SuspiciousChars = [.. Enumerable.Range(0x80, 0x80).Select(i => (char)i)
        .Where(c => c != '\u00A0' && !"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".Contains(c))];

    // What good Vietnamese Unicode text is made of. Anything else (a suspicious Latin-1 char, or a
    // rare script that 8-bit bytes happen to form as valid UTF-8) sends the text to a closer look.
    private static readonly SearchValues<char> Expected = SearchValues.Create([.. Enumerable.Range(0, 0x250)
        .Concat(Enumerable.Range(0x300, 0x70))
        .Concat(Enumerable.Range(0x1E00, 0x100))
        .Concat(Enumerable.Range(0x2000, 0xC00))
        .Concat(Enumerable.Range(0xE000, 0x1900)) // private use: icon fonts
        .Append(0xFEFF)
        .Select(i => (char)i)
        .Except(SuspiciousChars)]);

    // The declared (or, for Unicode text, the as-read) decoding wins ties and near-ties.
    private const int PriorBonus = 2;

    /// <param name="bytes">The raw bytes.</param>
    /// <param name="declaredCharset">Charset from an HTTP header or container, if any (may lie).</param>
    /// <param name="html">Whether to look for a &lt;meta charset&gt; declaration.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, bool html)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }
        var (bom, bomLength) = UnicodeSniffer.FromByteOrderMark(bytes);
        if (bom != VietnameseCharset.Unknown)
        {
            return FromUnicodeText(DecodeUnicode(bom, bytes[bomLength..]), VietnameseCharset.Unknown, []);
        }
        var declared = CharsetNames.Parse(declaredCharset);
        if (declared == VietnameseCharset.Unknown && html)
        {
            declared = CharsetNames.Parse(HtmlCharsetSniffer.Find(bytes));
        }
        var utf16 = UnicodeSniffer.FromZeroBytes(bytes);
        if (utf16 != VietnameseCharset.Unknown)
        {
            return FromUnicodeText(DecodeUnicode(utf16, bytes), VietnameseCharset.Unknown, []);
        }
        if (Utf8.IsValid(bytes))
        {
            // Multi-byte UTF-8 seldom happens by chance in 8-bit text, whatever was declared; when the
            // text still looks odd, the 8-bit readings of the same bytes are weighed against it.
            return FromUnicodeText(Encoding.UTF8.GetString(bytes), declared, bytes);
        }
        return FromLegacyBytes(bytes, declared);
    }

    private static string DecodeUnicode(VietnameseCharset charset, ReadOnlySpan<byte> bytes) => charset switch
    {
        VietnameseCharset.Utf16LittleEndian => Encoding.Unicode.GetString(bytes),
        VietnameseCharset.Utf16BigEndian => Encoding.BigEndianUnicode.GetString(bytes),
        _ => Encoding.UTF8.GetString(bytes),
    };

    /// <summary>Text read from Unicode bytes; re-read only when it shows signs of font encoding or double encoding.</summary>
    /// <param name="raw">The bytes the text was read from as UTF-8, when they could also be 8-bit text; else empty.</param>
    private static string FromUnicodeText(string text, VietnameseCharset declared, ReadOnlySpan<byte> raw)
    {
        var nfc = ToNfc(text);
        if (nfc.AsSpan().IndexOfAnyExcept(Expected) < 0)
        {
            return nfc;
        }
        var view = ByteView.FromText(nfc);
        var bytes = ByteView.ToBytes(view);
        // Whole-text readings catch a page that is font-encoded throughout, where many words
        // ("Néi" for "Nội") look like Latin-1 and carry no suspicious char; word repair catches fragments.
        var asRead = Candidate(VietnameseCharset.Utf8, nfc);
        // Odd words are repaired only in text that is Vietnamese already: in a French page "Loïc" is a name.
        var primary = asRead.Evidence.IsMostlyVietnamese ? Candidate(VietnameseCharset.Utf8, LegacyTokenRepair.Repair(nfc)) : asRead;
        var candidates = new List<DecodingCandidate>(9)
        {
            primary,
            Candidate(VietnameseCharset.Tcvn3, SingleByteFontTable.Tcvn3.Decode(view)),
            Candidate(VietnameseCharset.Vni, VniFontTable.Instance.Decode(view)),
        };
        if (bytes is not null && Utf8.IsValid(bytes))
        {
            // Double-encoded: UTF-8 bytes once read as windows-1252 and saved again as UTF-8.
            candidates.Add(Candidate(VietnameseCharset.Unknown, Encoding.UTF8.GetString(bytes)));
        }
        if (!raw.IsEmpty)
        {
            AddEightBitReadings(candidates, raw);
        }
        var prior = declared is VietnameseCharset.Tcvn3 or VietnameseCharset.Vni ? declared : VietnameseCharset.Utf8;
        return Best(candidates, prior, fallback: primary);
    }

    /// <summary>8-bit (or broken UTF-8) bytes: every Vietnamese reading is tried and the most Vietnamese one wins.</summary>
    private static string FromLegacyBytes(ReadOnlySpan<byte> bytes, VietnameseCharset declared)
    {
        var candidates = new List<DecodingCandidate>(7) { Candidate(VietnameseCharset.Utf8, Encoding.UTF8.GetString(bytes)) };
        AddEightBitReadings(candidates, bytes);
        var windows1252 = Candidate(VietnameseCharset.Windows1252, CodePages.Windows1252.GetString(bytes));
        candidates.Add(windows1252);
        if (declared is VietnameseCharset.Utf16LittleEndian or VietnameseCharset.Utf16BigEndian)
        {
            candidates.Add(Candidate(declared, DecodeUnicode(declared, bytes)));
        }
        // Text that no reading makes Vietnamese (a German page, say) is read as declared, else as windows-1252.
        var fallback = candidates.Find(c => c.Charset == declared) ?? windows1252;
        return Best(candidates, declared, fallback);
    }

    // In the order that breaks exact ties: how common each encoding is on Vietnamese pages.
    private static void AddEightBitReadings(List<DecodingCandidate> candidates, ReadOnlySpan<byte> bytes)
    {
        var view = ByteView.FromBytes(bytes);
        candidates.Add(Candidate(VietnameseCharset.Windows1258, CodePages.Windows1258.GetString(bytes)));
        candidates.Add(Candidate(VietnameseCharset.Tcvn3, SingleByteFontTable.Tcvn3.Decode(view)));
        candidates.Add(Candidate(VietnameseCharset.Vni, VniFontTable.Instance.Decode(view)));
        candidates.Add(Candidate(VietnameseCharset.Viscii, SingleByteFontTable.Viscii.Decode(view)));
    }

    private static DecodingCandidate Candidate(VietnameseCharset charset, string text)
    {
        var nfc = ToNfc(text);
        return new DecodingCandidate(charset, nfc, VietnameseTextScore.Score(nfc));
    }

    /// <summary>
    /// Of the readings that are Vietnamese at all (and the fallback), the highest score wins; the prior
    /// gets a small bonus; on a tie the earlier candidate wins.
    /// </summary>
    private static string Best(List<DecodingCandidate> candidates, VietnameseCharset prior, DecodingCandidate fallback)
    {
        var best = fallback;
        var bestValue = int.MinValue;
        foreach (var candidate in candidates)
        {
            if (!candidate.Evidence.IsVietnamese && candidate != fallback)
            {
                continue;
            }
            var value = candidate.Evidence.Score + (candidate.Charset == prior ? PriorBonus : 0);
            if (value > bestValue)
            {
                best = candidate;
                bestValue = value;
            }
        }
        return best.Text;
    }

    private static string ToNfc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Unpaired surrogates cannot be normalised; the text is still better than nothing.
            return text;
        }
    }
}
