using Extraction.Ingest;

namespace Extraction.Cli;

/// <summary>Warns about a folder that holds nothing we read, so an empty result is not mistaken for "no agreements".</summary>
internal static class InputCheck
{
    public static void WarnAboutEmptyFolders(IEnumerable<string> paths, Reporter reporter)
    {
        foreach (var path in paths.Where(Directory.Exists))
        {
            bool any;
            try
            {
                any = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Any(InputReader.IsSupported);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // the reader reports the unreadable folder itself
            }
            if (!any)
            {
                reporter.Warning($"{path}: no supported files (.txt, .html, .htm, .jsonl, .warc, optionally .gz)");
            }
        }
    }
}
