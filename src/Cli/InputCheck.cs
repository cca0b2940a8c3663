using Extraction.Ingest;

namespace Extraction.Cli;

/// <summary>Warns about a folder that holds nothing we read, so an empty result is not mistaken for "no agreements".</summary>
internal static class InputCheck
{
    public static void WarnAboutEmptyFolders(IEnumerable<string> paths, Reporter reporter)
    {
        foreach (var path in paths.Where(Directory.Exists))
        {
            // The walk the reader makes (links followed once); it lists only supported names, unreadable ones with their error.
            if (!InputReader.FilesUnder(path).Any())
            {
                reporter.Warning($"{path}: no supported files (.txt, .html, .htm, .jsonl, .warc, optionally .gz)");
            }
        }
    }
}
