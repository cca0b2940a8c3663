using System.Text;
using Extraction.Ingest.Decoding;

namespace Extraction.Ingest.Tests.Decoding;

/// <summary>The embedded code tables against the published standards, independently of the round trips.</summary>
public sealed class CodeTableTests
{
    // The 134 Vietnamese letters that carry a diacritic: 12 vowels x 6 tones, less plain a e i o u y, plus đ; both cases.
    private static readonly HashSet<string> VietnameseLetters = BuildLetters();

    [Theory]
    [InlineData("viscii")]
    [InlineData("vni")]
    public void Table_holds_every_Vietnamese_letter_exactly_once(string table)
    {
        var letters = CodeTableResource.Load(table).Select(r => r.Text).Where(VietnameseLetters.Contains).ToList();

        Assert.Equal(letters.Count, letters.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(VietnameseLetters.Order(StringComparer.Ordinal), letters.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TCVN3_table_holds_every_lower_case_letter_and_the_plain_capitals_once_and_nothing_in_C0_or_C1()
    {
        var rows = CodeTableResource.Load("tcvn3");
        var letters = rows.Select(r => r.Text).Where(VietnameseLetters.Contains).ToList();
        var required = VietnameseLetters.Where(l => l == l.ToLowerInvariant()).Concat(["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]);

        Assert.Equal(letters.Count, letters.Distinct(StringComparer.Ordinal).Count());
        Assert.All(required, l => Assert.Contains(l, letters));
        Assert.All(rows, r => Assert.True(r.Bytes[0] >= 0xA0));
    }

    // Byte strings written out from the published tables, not from the embedded files:
    // VISCII per RFC 1456, TCVN3 per TCVN 5712:1993 VN3, VNI per the VNI-Windows font table,
    // windows-1258 per Microsoft's code page (base letter + combining tone).
    [Theory]
    [InlineData("viscii", new byte[] { 0x56, 0x69, 0xAE, 0x74, 0x20, 0x4E, 0x61, 0x6D }, "Việt Nam")]
    [InlineData("viscii", new byte[] { 0xF0, 0xDF, 0xFE, 0x63, 0x20, 0x6E, 0x67, 0xDF, 0xB6, 0x69 }, "được người")]
    [InlineData("tcvn3", new byte[] { 0x56, 0x69, 0xD6, 0x74, 0x20, 0x4E, 0x61, 0x6D }, "Việt Nam")]
    [InlineData("tcvn3", new byte[] { 0xAE, 0xAD, 0xEE, 0x63, 0x20, 0x63, 0xF1, 0x61, 0x20, 0x76, 0xB5 }, "được của và")]
    [InlineData("tcvn3", new byte[] { 0x93, 0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69, 0x94, 0x20, 0x96, 0x20, 0xA7, 0xAB, 0x6E, 0x67 }, "“Hà Nội” – Đông")]
    [InlineData("vni", new byte[] { 0x56, 0x69, 0x65, 0xE4, 0x74, 0x20, 0x4E, 0x61, 0x6D }, "Việt Nam")]
    [InlineData("vni", new byte[] { 0xF1, 0xF6, 0xF4, 0xEF, 0x63, 0x20, 0x74, 0xE6, 0x6E, 0x68 }, "được tỉnh")]
    [InlineData("windows-1258", new byte[] { 0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0xF0, 0xFD, 0xF5, 0xF2, 0x63 }, "Việt được")]
    public void Published_byte_strings_decode_to_their_letters(string encoding, byte[] bytes, string expected)
    {
        Assert.Equal(bytes, LegacyEncoder.Encode(encoding, expected));
        Assert.Equal(expected, VietnameseDecoder.Decode(bytes, encoding, html: false));
    }

    private static HashSet<string> BuildLetters()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vowel in "aăâeêioôơuưy")
        {
            foreach (var tone in new[] { "", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323" })
            {
                var letter = (vowel + tone).Normalize(NormalizationForm.FormC);
                if (!"aeiouy".Contains(letter, StringComparison.Ordinal))
                {
                    set.Add(letter);
                    set.Add(letter.ToUpperInvariant());
                }
            }
        }
        set.Add("đ");
        set.Add("Đ");
        return set;
    }
}
