using System.Text.RegularExpressions;

namespace Extraction.Extract.Tests.Specs;

/// <summary>
/// Loads executable examples from the Markdown specs in this folder (copied to the test output).
///
/// Format (prose is free; only these lines are read):
/// <code>
/// ## Section title                      — groups the examples that follow
/// &gt; key: value                          — context for the examples after it in the section
///                                         (e.g. "&gt; published: 2023-07-06"); a new "## " clears it
/// - `input text` → `{"json": "expected"}`
/// </code>
/// An example is a list item holding two code spans joined by "→" (or "->"). The input is the text
/// the stage under test receives; the expected side is a JSON object whose keys the test for that
/// spec knows (each spec file says which). A backtick inside an input is written as "\`". Lines that
/// do not match are prose and ignored, so specs read as documentation first.
/// </summary>
public static partial class SpecLoader
{
    [GeneratedRegex(@"^\s*[-*]\s+`(?<input>(?:\\`|[^`])+)`\s*(?:→|->)\s*`(?<expected>[^`]+)`\s*$")]
    private static partial Regex ExampleLine();

    [GeneratedRegex(@"^>\s*(?<key>[\w ]+?)\s*:\s*(?<value>.+?)\s*$")]
    private static partial Regex ContextLine();

    /// <summary>Every example of <paramref name="fileName"/> (e.g. "SigningDates.md").</summary>
    public static IReadOnlyList<SpecExample> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", fileName);
        var lines = File.ReadAllLines(path);
        var examples = new List<SpecExample>();
        var section = "";
        var context = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                context = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                continue;
            }
            var c = ContextLine().Match(line);
            if (c.Success)
            {
                context[c.Groups["key"].Value] = c.Groups["value"].Value;
                continue;
            }
            var m = ExampleLine().Match(line);
            if (m.Success)
            {
                examples.Add(new SpecExample(
                    fileName, i + 1, section, m.Groups["input"].Value.Replace("\\`", "`", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal),
                    m.Groups["expected"].Value, new Dictionary<string, string>(context)));
            }
        }
        return examples;
    }

    /// <summary>Theory data: one row per example, shown as "File:line".</summary>
    public static TheoryData<SpecExample> Theory(string fileName)
    {
        var data = new TheoryData<SpecExample>();
        foreach (var e in Load(fileName))
        {
            data.Add(e);
        }
        return data;
    }
}
