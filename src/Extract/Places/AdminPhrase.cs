namespace Extraction.Extract.Places;

/// <summary>"tỉnh Trà Vinh", "thị xã", "TP.Hồ Chí Minh", "Quận 7": a keyword and, when written, the place name (token ranges).</summary>
internal sealed record AdminPhrase(int Start, int End, string Keyword, AdminLevel Level, int NameStart, int NameEnd)
{
    public bool IsBare => NameEnd <= NameStart;
}
