using System.Text.RegularExpressions;

namespace Extraction.Ingest.Text;

/// <summary>Photo captions name the photographer: "Ảnh: T.D", "(Ảnh: P.A)", "Ảnh minh họa".</summary>
public static partial class PhotoCaption
{
    [GeneratedRegex(@"(?:\bẢnh\s*:|\(ảnh|\(Ảnh|Ảnh minh họa|Ảnh minh hoạ|\bPhoto\s*:)", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    /// <summary>Whether the line carries a photo credit, so it captions a picture rather than telling the story.</summary>
    public static bool IsCaption(string line) => Credit().IsMatch(line);
}
