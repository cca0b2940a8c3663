using System.Globalization;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// Reads the code tables embedded from Tables/*.tsv. They are data (with their published source in a
/// header comment) rather than code so they can be reviewed against the standards line by line.
/// </summary>
internal static class CodeTableResource
{
    public static IReadOnlyList<CodeTableRow> Load(string name) =>
        TsvResource.Read(typeof(CodeTableResource).Assembly, $"Extraction.Ingest.Decoding.Tables.{name}.tsv")
            .Select(fields => new CodeTableRow(
                fields[0].Split(' ').Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray(),
                string.Concat(fields[1].Split(' ').Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))))))
            .ToList();
}
