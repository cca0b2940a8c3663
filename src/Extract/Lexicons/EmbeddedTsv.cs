using Extraction.Ingest.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Reads the TAB-separated lexicons embedded as <c>Lexicons.NAME.tsv</c>.</summary>
internal static class EmbeddedTsv
{
    /// <summary>Rows of the file, comments (<c>#</c>) and blank lines skipped, fields NFC.</summary>
    public static IEnumerable<string[]> Read(string fileName) => TsvResource.Read(typeof(EmbeddedTsv).Assembly, "Lexicons." + fileName);

    /// <summary>The rows with their 1-based lines in the file.</summary>
    public static List<(int Line, string[] Fields)> ReadNumbered(string fileName) =>
        TsvResource.ReadNumbered(typeof(EmbeddedTsv).Assembly, "Lexicons." + fileName);
}
