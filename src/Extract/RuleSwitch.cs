namespace Extraction.Extract;

/// <summary>
/// Turns named rules off for an ablation run (AGREEMENTS_ABLATE=Rule1,Rule2): every rule keeps its place by
/// what it gains on pages it was not written from, and this is how that is measured (docs/decisions.md).
/// Unset, every rule is on.
/// </summary>
internal static class RuleSwitch
{
    private static readonly HashSet<string> Off = new(
        (Environment.GetEnvironmentVariable("AGREEMENTS_ABLATE") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        StringComparer.OrdinalIgnoreCase);

    public static bool On(string rule) => Off.Count == 0 || !Off.Contains(rule);
}
