using Extraction.Extract.Lexicons;
using Extraction.Index.Text;

namespace Extraction.Index.Tests.Support;

/// <summary>
/// The shared lexicon plus the abbreviations the index's behaviour is specified with (MTTQ, UBND,
/// NHCSXH, LĐTBXH, HĐND, TP) and the relevance set uses, so these tests hold whatever else the shared list gains or loses.
/// </summary>
internal static class TestLexicon
{
    public static SearchKey Keys { get; } = Build();

    private static SearchKey Build()
    {
        var map = new Dictionary<string, string>(AbbreviationLexicon.Default.Expansions, StringComparer.Ordinal);
        map.TryAdd("MTTQ", "Mặt trận Tổ quốc");
        map.TryAdd("UBND", "Ủy ban nhân dân");
        map.TryAdd("NHCSXH", "Ngân hàng Chính sách xã hội");
        map.TryAdd("LĐTBXH", "Lao động - Thương binh và Xã hội");
        map.TryAdd("HĐND", "Hội đồng nhân dân");
        map.TryAdd("TP", "thành phố");
        // Used by the relevance set; all are in the MIT abbreviation list the shared lexicon is filled from.
        map.TryAdd("LHPN", "Liên hiệp Phụ nữ");
        map.TryAdd("CCB", "Cựu chiến binh");
        map.TryAdd("LĐLĐ", "Liên đoàn Lao động");
        map.TryAdd("UBMTTQ", "Ủy ban Mặt trận Tổ quốc");
        map.TryAdd("BĐBP", "Bộ đội Biên phòng");
        map.TryAdd("BCHQS", "Bộ chỉ huy quân sự");
        map.TryAdd("TNCS", "Thanh niên Cộng sản");
        map.TryAdd("CA", "Công an");
        return new SearchKey(new AbbreviationLexicon(map));
    }
}
