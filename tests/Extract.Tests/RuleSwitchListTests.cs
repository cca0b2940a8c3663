using System.Text.RegularExpressions;
using Extraction.Extract.Tests.Support;

namespace Extraction.Extract.Tests;

/// <summary>
/// Every rule keeps its place by what it earns when switched off (docs/decisions.md), so the ablation script must list
/// exactly the rules the extractor can switch off: a rule missing there is never measured, a name left there after its
/// rule went measures nothing.
/// </summary>
public sealed partial class RuleSwitchListTests
{
    [GeneratedRegex("""RuleSwitch\.On\("(?<rule>[A-Za-z]+)"\)""")]
    private static partial Regex SwitchInCode();

    [GeneratedRegex(@"rules=\((?<list>[^)]*)\)")]
    private static partial Regex RulesInScript();

    [Fact]
    public void The_ablation_script_lists_every_rule_switch_in_the_extractor_and_no_other()
    {
        var inCode = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Extract"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => SwitchInCode().Matches(File.ReadAllText(f)).Select(m => m.Groups["rule"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "bench", "ablation.sh"));
        var listed = RulesInScript().Match(script).Groups["list"].Value
            .Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(inCode.Count >= 100, $"found only {inCode.Count} switches in src/Extract");
        Assert.Empty(inCode.Except(listed).Order());
        Assert.Empty(listed.Except(inCode).Order());
    }
}
