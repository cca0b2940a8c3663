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
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        Enumerable.Range(0x80, 0x80).Select(i => (char)i)
            .Where(c => c != '\u00A0' && !"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".Contains(c))
            .ToArray());

    // A declared (or, for Unicode text, the as-read) decoding wins ties and near-ties.
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
            return FromUnicodeText(DecodeUnicode(bom, bytes[bomLength..]), VietnameseCharset.Unknown);
        }
        var declared = CharsetNames.Parse(declaredCharset);
        if (declared == VietnameseCharset.Unknown && html)
        {
            declared = CharsetNames.Parse(HtmlCharsetSniffer.Find(bytes));
        }
        var utf16 = UnicodeSniffer.FromZeroBytes(bytes);
        if (utf16 != VietnameseCharset.Unknown)
        {
            return FromUnicodeText(DecodeUnicode(utf16, bytes), VietnameseCharset.Unknown);
        }
        if (Utf8.IsValid(bytes))
        {
            // Valid multi-byte UTF-8 does not happen by chance in 8-bit text, whatever was declared.
            return FromUnicodeText(Encoding.UTF8.GetString(bytes), declared);
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
    private static string FromUnicodeText(string text, VietnameseCharset declared)
    {
        var nfc = ToNfc(text);
        if (nfc.AsSpan().IndexOfAny(Suspicious) < 0)
        {
            return nfc;
        }
        var view = ByteView.FromText(nfc);
        var bytes = ByteView.ToBytes(view);
        var prior = declared is VietnameseCharset.Tcvn3 or VietnameseCharset.Vni ? declared : VietnameseCharset.Utf8;
        // Whole-text readings catch a page that is font-encoded throughout, where many words
        // ("Néi" for "Nội") look like Latin-1 and carry no suspicious char; word repair catches fragments.
        var candidates = new List<DecodingCandidate>(4)
        {
            Candidate(VietnameseCharset.Utf8, LegacyTokenRepair.Repair(nfc)),
            Candidate(VietnameseCharset.Tcvn3, SingleByteFontTable.Tcvn3.Decode(view)),
            Candidate(VietnameseCharset.Vni, VniFontTable.Instance.Decode(view)),
        };
        if (bytes is not null && Utf8.IsValid(bytes))
        {
            // Double-encoded: UTF-8 bytes once read as windows-1252 and saved again as UTF-8.
            candidates.Add(Candidate(VietnameseCharset.Unknown, Encoding.UTF8.GetString(bytes)));
        }
        return Best(candidates, prior);
    }

    /// <summary>8-bit (or broken UTF-8) bytes: every Vietnamese reading is tried and the most Vietnamese one wins.</summary>
    private static string FromLegacyBytes(ReadOnlySpan<byte> bytes, VietnameseCharset declared)
    {
        var view = ByteView.FromBytes(bytes);
        var candidates = new List<DecodingCandidate>(8)
        {
            Candidate(VietnameseCharset.Utf8, Encoding.UTF8.GetString(bytes)),
            Candidate(VietnameseCharset.Windows1258, CodePages.Windows1258.GetString(bytes)),
            Candidate(VietnameseCharset.Tcvn3, SingleByteFontTable.Tcvn3.Decode(view)),
            Candidate(VietnameseCharset.Vni, VniFontTable.Instance.Decode(view)),
            Candidate(VietnameseCharset.Viscii, SingleByteFontTable.Viscii.Decode(view)),
            Candidate(VietnameseCharset.Windows1252, CodePages.Windows1252.GetString(bytes)),
        };
        if (declared is VietnameseCharset.Utf16LittleEndian or VietnameseCharset.Utf16BigEndian)
        {
            candidates.Add(Candidate(declared, DecodeUnicode(declared, bytes)));
        }
        return Best(candidates, declared);
    }

    private static DecodingCandidate Candidate(VietnameseCharset charset, string text)
    {
        var nfc = ToNfc(text);
        return new DecodingCandidate(charset, nfc, VietnameseTextScore.Score(nfc));
    }

    /// <summary>Highest score wins; the prior gets a small bonus; on a tie the earlier candidate wins.</summary>
    private static string Best(List<DecodingCandidate> candidates, VietnameseCharset prior)
    {
        DecodingCandidate? best = null;
        var bestValue = int.MinValue;
        foreach (var candidate in candidates)
        {
            var value = (candidate.Score * 4) + (candidate.Charset == prior ? PriorBonus * 4 : 0);
            if (value > bestValue)
            {
                best = candidate;
                bestValue = value;
            }
        }
        return best!.Text;
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
