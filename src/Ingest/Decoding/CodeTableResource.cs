using System.Globalization;
using System.Text;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// Reads the code tables embedded from Tables/*.tsv. They are data (with their published source in a
/// header comment) rather than code so they can be reviewed against the standards line by line.
/// </summary>
internal static class CodeTableResource
{
    public static IReadOnlyList<CodeTableRow> Load(string name)
    {
        var resource = $"Extraction.Ingest.Decoding.Tables.{name}.tsv";
        using var stream = typeof(CodeTableResource).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded code table {resource}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<CodeTableRow>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            var bytes = fields[0].Split(' ').Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            var text = string.Concat(fields[1].Split(' ').Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
            rows.Add(new CodeTableRow(bytes, text));
        }
        return rows;
    }
}
