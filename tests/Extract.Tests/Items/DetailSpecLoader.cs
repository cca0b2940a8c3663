using Extraction.Extract.Tests.Support;
namespace Extraction.Extract.Tests.Items;

/// <summary>
/// Reads the examples of a spec file in tests/Extract.Tests/Specs: every <c>```example</c> block holds the
/// input text, then a line starting with "→" and the expected JSON. A new hard sentence is one more block.
/// </summary>
internal static class DetailSpecLoader
{
    private const string Fence = "```";
    private const string Arrow = "→";

    /// <summary>(name, input, expected JSON) per example; the name is the heading and the example's number.</summary>
    public static TheoryData<string, string, string> Load(string fileName)
    {
        var data = new TheoryData<string, string, string>();
        var heading = Path.GetFileNameWithoutExtension(fileName);
        var count = 0;
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Specs, fileName));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#', ' ');
                continue;
            }
            if (lines[i].Trim() != Fence + "example")
            {
                continue;
            }
            var block = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != Fence; i++)
            {
                block.Add(lines[i]);
            }
            var arrow = block.FindLastIndex(l => l.StartsWith(Arrow, StringComparison.Ordinal));
            if (arrow < 0)
            {
                throw new InvalidDataException($"{fileName}: example under '{heading}' has no '{Arrow}' line");
            }
            var input = string.Join('\n', block.Take(arrow));
            var expected = string.Join('\n', block.Skip(arrow)).Substring(Arrow.Length).Trim();
            data.Add($"{++count:D2} {heading}", input, expected);
        }
        return data;
    }
}
