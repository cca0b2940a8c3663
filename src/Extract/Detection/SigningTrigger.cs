namespace Extraction.Extract.Detection;

/// <summary>
/// Cheap first gate: does the text contain the verb "ký"/"kí" in any case? Ordinal substring
/// scans over the NFC forms, no folding, so articles without it cost one pass.
/// </summary>
public static class SigningTrigger
{
    private static readonly string[] Forms = ["ký", "kí", "Ký", "Kí", "KÝ", "KÍ"];

    public static bool Mentions(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        foreach (var form in Forms)
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
