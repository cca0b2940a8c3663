using System.Reflection;
using System.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Reads the TAB-separated lexicons embedded as <c>Lexicons.NAME.tsv</c>.</summary>
internal static class EmbeddedTsv
{
    /// <summary>Rows of the file, comments (<c>#</c>) and blank lines skipped, fields NFC.</summary>
    public static IEnumerable<string[]> Read(string fileName)
    {
        var asm = typeof(EmbeddedTsv).Assembly;
        using var stream = asm.GetManifestResourceStream("Lexicons." + fileName)
            ?? throw new InvalidOperationException($"Embedded lexicon Lexicons.{fileName} is missing from {asm.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim().Normalize(NormalizationForm.FormC);
            }
            rows.Add(fields);
        }
        return rows;
    }
}
