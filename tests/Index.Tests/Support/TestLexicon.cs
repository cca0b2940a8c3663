using Extraction.Extract.Lexicons;
using Extraction.Index.Text;

namespace Extraction.Index.Tests.Support;

/// <summary>
/// The shared lexicon plus the abbreviations the index's behaviour is specified with (MTTQ, UBND,
/// NHCSXH, LĐTBXH, HĐND, TP), so these tests hold whatever else the shared list gains or loses.
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
        return new SearchKey(new AbbreviationLexicon(map));
    }
}
