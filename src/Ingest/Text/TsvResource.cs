using System.Reflection;
using System.Text;

namespace Extraction.Ingest.Text;

/// <summary>Reads the TAB-separated data files the stages embed (lexicons, code tables): one reader, one comment rule.</summary>
public static class TsvResource
{
    /// <summary>Rows of the embedded resource, comments (<c>#</c>) and blank lines skipped, fields trimmed and NFC.</summary>
    public static List<string[]> Read(Assembly assembly, string resourceName) =>
        ReadNumbered(assembly, resourceName).ConvertAll(row => row.Fields);

    /// <summary>The rows as <see cref="Read"/> gives them, each with its 1-based line in the file, for errors that name it.</summary>
    public static List<(int Line, string[] Fields)> ReadNumbered(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded data file {resourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<(int, string[])>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Nfc.Normalize(fields[i].Trim());
            }
            rows.Add((number, fields));
        }
        return rows;
    }
}
