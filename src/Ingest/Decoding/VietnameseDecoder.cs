using System.Text;
using System.Text.Unicode;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// Decodes the bytes of a Vietnamese page or scrape, whatever its encoding, into NFC text.
/// Evidence, strongest first: a byte-order mark; the bytes being valid UTF-8 (or UTF-16 by their zero
/// bytes); then, for 8-bit bytes, which decoding reads as Vietnamese, with the declared charset
/// (HTTP header, else &lt;meta&gt;) breaking ties. Declarations lie often (font-encoded TCVN3 and VNI
/// pages declare windows-1252 or even UTF-8), so they never outvote the content; but a reading must
/// show real Vietnamese to displace valid UTF-8 or the declared charset, so foreign pages stay as they
/// are. Inside good Unicode text, odd words (a pasted TCVN3 passage, an eth for "Đ") are repaired one
/// by one. Tone-mark placement is left as written ("hoà" stays "hoà"); only the normalisation form is unified.
/// </summary>
public static class VietnameseDecoder
{
    // Latin-1 chars that Vietnamese text never contains: when a Unicode text holds one, it may be
    // font-encoded (TCVN3 "ViÖt", VNI "Vieät") or double-encoded UTF-8 ("Viá»‡t") and is re-examined.
    private static readonly char[] SuspiciousChars = [.. Enumerable.Range(0x80, 0x80).Select(i => (char)i)
        .Where(c => c != '\u00A0' && !"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".Contains(c))];

    // What good Vietnamese Unicode text is made of, as a table over all UTF-16 code units (a plain
    // lookup beats SearchValues for so large a set). Anything else (a suspicious Latin-1 char, or a rare
    // script that 8-bit bytes happen to form as valid UTF-8) sends the text to a closer look.
    private static readonly bool[] Expected = BuildExpected();

    // The declared (or, for Unicode text, the as-read) decoding wins ties and near-ties.
    private const int PriorBonus = 2;

    // How much of a page decides its encoding (see Sample), and how many of its accented words are judged.
    private const int SampleLength = 16 * 1024;
    private const int DecidingWords = 400;

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
        // Most pages are UTF-8 as declared (or undeclared), whose only odd chars stand alone ("© 2024", "Home » News"):
        // font encoding and double encoding put their odd chars inside words, so nothing there needs re-reading.
        // (Clean text shows no misreading either, so that one pass stands for LooksClean too.)
        var asDeclared = declared is VietnameseCharset.Unknown or VietnameseCharset.Utf8 ? !ShowsMisreading(nfc) : LooksClean(nfc);
        if (asDeclared)
        {
            return nfc;
        }
        var fontDeclared = declared is VietnameseCharset.Tcvn3 or VietnameseCharset.Vni;
        if (!fontDeclared && VietnameseTextScore.Score(nfc, DecidingWords).IsMostlyVietnamese)
        {
            // Good Vietnamese with a few odd words ("©", "»", a pasted TCVN3 passage): no other reading
            // of the whole can beat it, and only the odd words are worth a second look.
            return ToNfc(LegacyTokenRepair.Repair(nfc));
        }
        // Whole-text readings catch a page that is font-encoded throughout, where many words
        // ("Néi" for "Nội") look like Latin-1 and carry no suspicious char. Weighed on a sample.
        var sample = Sample(nfc);
        var sampleView = ByteView.FromText(sample);
        var asRead = Candidate(VietnameseCharset.Utf8, false, sample);
        var candidates = new List<DecodingCandidate>(8) { asRead };
        foreach (var reading in (ReadOnlySpan<VietnameseCharset>)[VietnameseCharset.Tcvn3, VietnameseCharset.Vni, VietnameseCharset.Utf8ReadAsWindows1252])
        {
            if (ReadView(reading, sampleView) is { } reread)
            {
                candidates.Add(Candidate(reading, false, reread));
            }
        }
        var rawSample = Sample(raw);
        if (!rawSample.IsEmpty)
        {
            AddEightBitReadings(candidates, rawSample);
        }
        var best = Best(candidates, fontDeclared ? declared : VietnameseCharset.Utf8, fallback: asRead);
        if (best == asRead)
        {
            return nfc;
        }
        if (best.FromBytes)
        {
            return rawSample.Length == raw.Length ? best.Text : ToNfc(ReadBytes(best.Charset, raw));
        }
        return sample.Length == nfc.Length ? best.Text : ToNfc(ReadView(best.Charset, ByteView.FromText(nfc)) ?? nfc);
    }

    /// <summary>8-bit (or broken UTF-8) bytes: every Vietnamese reading is tried and the most Vietnamese one wins.</summary>
    private static string FromLegacyBytes(ReadOnlySpan<byte> bytes, VietnameseCharset declared)
    {
        var sample = Sample(bytes);
        var candidates = new List<DecodingCandidate>(7) { Candidate(VietnameseCharset.Utf8, true, ReadBytes(VietnameseCharset.Utf8, sample)) };
        AddEightBitReadings(candidates, sample);
        var windows1252 = Candidate(VietnameseCharset.Windows1252, true, ReadBytes(VietnameseCharset.Windows1252, sample));
        candidates.Add(windows1252);
        if (declared is VietnameseCharset.Utf16LittleEndian or VietnameseCharset.Utf16BigEndian)
        {
            candidates.Add(Candidate(declared, true, ReadBytes(declared, sample)));
        }
        // Text that no reading makes Vietnamese (a German page, say) is read as declared, else as windows-1252.
        var fallback = candidates.Find(c => c.Charset == declared) ?? windows1252;
        var best = Best(candidates, declared, fallback);
        return sample.Length == bytes.Length ? best.Text : ToNfc(ReadBytes(best.Charset, bytes));
    }

    // In the order that breaks exact ties: how common each encoding is on Vietnamese pages.
    private static void AddEightBitReadings(List<DecodingCandidate> candidates, ReadOnlySpan<byte> bytes)
    {
        foreach (var reading in (ReadOnlySpan<VietnameseCharset>)[VietnameseCharset.Windows1258, VietnameseCharset.Tcvn3, VietnameseCharset.Vni, VietnameseCharset.Viscii])
        {
            candidates.Add(Candidate(reading, true, ReadBytes(reading, bytes)));
        }
    }

    private static string ReadBytes(VietnameseCharset reading, ReadOnlySpan<byte> bytes) => reading switch
    {
        VietnameseCharset.Windows1258 => CodePages.Windows1258.GetString(bytes),
        VietnameseCharset.Windows1252 => CodePages.Windows1252.GetString(bytes),
        VietnameseCharset.Tcvn3 => SingleByteFontTable.Tcvn3.Decode(ByteView.FromBytes(bytes)),
        VietnameseCharset.Vni => VniFontTable.Instance.Decode(ByteView.FromBytes(bytes)),
        VietnameseCharset.Viscii => SingleByteFontTable.Viscii.Decode(ByteView.FromBytes(bytes)),
        _ => DecodeUnicode(reading, bytes),
    };

    /// <summary>Re-reads text that was decoded as windows-1252 (see <see cref="ByteView"/>); null when this reading cannot apply.</summary>
    private static string? ReadView(VietnameseCharset reading, string view)
    {
        switch (reading)
        {
            case VietnameseCharset.Tcvn3:
                return SingleByteFontTable.Tcvn3.Decode(view);
            case VietnameseCharset.Vni:
                return VniFontTable.Instance.Decode(view);
            default:
                var bytes = ByteView.ToBytes(view);
                return bytes is not null && Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;
        }
    }

    private static DecodingCandidate Candidate(VietnameseCharset charset, bool fromBytes, string text)
    {
        var nfc = ToNfc(text);
        return new DecodingCandidate(charset, fromBytes, nfc, VietnameseTextScore.Score(nfc, DecidingWords));
    }

    // The stretch that decides the encoding: from just before the first non-ASCII unit, at most SampleLength
    // long. Pages start with long ASCII heads; a few thousand words of text decide as well as all of them.
    private static ReadOnlySpan<byte> Sample(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= SampleLength)
        {
            return bytes;
        }
        var first = bytes.IndexOfAnyExceptInRange((byte)0x01, (byte)0x7F);
        var start = Math.Clamp(first - 256, 0, bytes.Length - SampleLength) & ~1; // even: keeps UTF-16 aligned
        return bytes.Slice(start, SampleLength);
    }

    private static string Sample(string text)
    {
        if (text.Length <= SampleLength)
        {
            return text;
        }
        var first = text.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u007F');
        var start = Math.Clamp(first - 256, 0, text.Length - SampleLength);
        return text.Substring(start, SampleLength);
    }

    /// <summary>
    /// Of the readings that are Vietnamese at all (and the fallback), the highest score wins; the prior
    /// gets a small bonus; on a tie the earlier candidate wins.
    /// </summary>
    private static DecodingCandidate Best(List<DecodingCandidate> candidates, VietnameseCharset prior, DecodingCandidate fallback)
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
        return best;
    }

    private static bool LooksClean(string text)
    {
        // ASCII is always expected: skip its runs with the vectorised search, look up the rest.
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var rel = span[i..].IndexOfAnyExceptInRange('\u0000', '\u007F');
            if (rel < 0)
            {
                return true;
            }
            i += rel;
            if (!Expected[span[i]])
            {
                return false;
            }
            i++;
        }
        return true;
    }

    /// <summary>
    /// Whether a suspicious char sits inside a word ("ViÖt", "t«n", "Viá»‡t", "Ðông"): the mark of font-encoded,
    /// double-encoded or misread text. Alone between separators ("© 2024", "a » b") it is only a symbol.
    /// Font tables and double encoding make Latin-1 chars beside Latin letters; Cyrillic, Arabic or Korean words come from real
    /// multi-byte UTF-8, which 8-bit bytes form only by rare chance, so they count only on a page with few of them.
    /// </summary>
    private static bool ShowsMisreading(string text)
    {
        const int ChanceLimit = 16;
        var span = text.AsSpan();
        var foreignInWord = false;
        var nonAscii = 0;
        var i = 0;
        while (i < span.Length)
        {
            var rel = span[i..].IndexOfAnyExceptInRange('\u0000', '\u007F');
            if (rel < 0)
            {
                break;
            }
            i += rel;
            nonAscii++;
            var c = span[i];
            if (!Expected[c] && c < '\u0800')
            {
                if (c <= '\u00FF' ? (i > 0 && IsMisreadNeighbour(span[i - 1])) || (i + 1 < span.Length && IsMisreadNeighbour(span[i + 1]))
                    : (i > 0 && !VietnameseTextScore.IsSeparator(span[i - 1])) || (i + 1 < span.Length && !VietnameseTextScore.IsSeparator(span[i + 1])))
                {
                    if (c <= '\u00FF')
                    {
                        return true;
                    }
                    foreignInWord = true;
                }
            }
            i++;
        }
        return foreignInWord && nonAscii < ChanceLimit;
    }

    // What a misread Latin-1 char stands beside inside a word: ASCII or Latin letters, other Latin-1 symbols, and the
    // windows-1252 letters (€, ™) that double encoding makes. «Самые» and 유시민·전원책 only quote or join other scripts.
    private static bool IsMisreadNeighbour(char c) =>
        !VietnameseTextScore.IsSeparator(c) && (c < '\u0300' || c is '€' or '™');

    private static bool[] BuildExpected()
    {
        var expected = new bool[char.MaxValue + 1];
        foreach (var (start, length) in (ReadOnlySpan<(int, int)>)[(0, 0x250), (0x300, 0x70), (0x1E00, 0x100), (0x2000, 0xC00), (0xE000, 0x1900), (0xFEFF, 1)])
        {
            expected.AsSpan(start, length).Fill(true);
        }
        foreach (var c in SuspiciousChars)
        {
            expected[c] = false;
        }
        return expected;
    }

    private static string ToNfc(string text) => Nfc.Normalize(text);
}
