using System.Text;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// Repairs single words of font-encoded or misread text inside otherwise good Unicode text: a UTF-8
/// page that quotes an old TCVN3 document ("t«n träng"), VNI fragments ("Vieät"), or a D with stroke
/// that went through windows-1252 as an eth ("Ðông"). A word is replaced only when it is not
/// Vietnamese as it stands and becomes a Vietnamese syllable under one of the legacy readings.
/// </summary>
internal static class LegacyTokenRepair
{
    public static string Repair(string text)
    {
        var span = text.AsSpan();
        StringBuilder? sb = null;
        int copied = 0, pos = 0, repairs = 0, eths = 0;
        while (pos < span.Length)
        {
            // Any word with a Latin-1 char: "phèi" (TCVN3 "phối") has no tell-tale symbol, only a wrong shape.
            var rel = span[pos..].IndexOfAnyInRange('\u0080', '\u00FF');
            if (rel < 0)
            {
                break;
            }
            var hit = pos + rel;
            if (VietnameseTextScore.IsSeparator(span[hit]))
            {
                pos = hit + 1;
                continue;
            }
            var start = hit;
            while (start > 0 && !VietnameseTextScore.IsSeparator(span[start - 1]))
            {
                start--;
            }
            var end = hit + 1;
            while (end < span.Length && !VietnameseTextScore.IsSeparator(span[end]))
            {
                end++;
            }
            var word = span[start..end];
            var repaired = VietnameseSyllable.IsValid(word) ? null : RepairWord(word.ToString());
            if (repaired is not null)
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(span[copied..start]).Append(repaired);
                copied = end;
                repairs++;
                eths += word.Contains('Ð') ? 1 : 0;
            }
            pos = end;
        }
        // A pasted legacy passage has many odd words; one alone is more likely a foreign name ("Loïc"),
        // unless it is the eth that windows-1252 makes of "Đ", which no Vietnamese or foreign word wants.
        if (sb is null || (repairs == 1 && eths == 0))
        {
            return text;
        }
        return sb.Append(span[copied..]).ToString();
    }

    private static string? RepairWord(string word)
    {
        // An all-capitals word ("CÐ" for "CĐ") must stay all capitals: TCVN3 would read "Cé".
        var capitals = word.Length > 1 && !word.Any(char.IsLower);
        var view = ByteView.FromText(word);
        string[] readings =
        [
            SingleByteFontTable.Tcvn3.Decode(view),
            VniFontTable.Instance.Decode(view),
            CodePages.DecodeWindows1258(view),
        ];
        string? valid = null;
        foreach (var reading in readings)
        {
            var nfc = reading.Normalize(NormalizationForm.FormC);
            if (!VietnameseSyllable.IsValid(nfc) || (capitals && nfc.Any(char.IsLower)))
            {
                continue;
            }
            if (CommonSyllables.Contains(nfc))
            {
                return nfc;
            }
            // A lone symbol ("Ø 1.500") can read as a one-letter syllable by chance; only frequent ones count.
            valid ??= nfc.Length > 1 ? nfc : null;
        }
        return valid;
    }
}
