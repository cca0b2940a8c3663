using Extraction.Extract.Model;

namespace Extraction.Extract.References;

/// <summary>Finds cited documents ("Nghị quyết số 24/2021/QH15 ngày 28/7/2021", "Chỉ thị số 05-CT/TW").</summary>
public static class ReferenceFinder
{
    public static IReadOnlyList<DocumentReference> Find(string text, TextSpan scope)
    {
        _ = text;
        _ = scope;
        return [];
    }
}
