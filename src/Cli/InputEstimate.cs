using Extraction.Ingest;

namespace Extraction.Cli;

/// <summary>How many files the paths name, for sizing a progress bar; archives count as one.</summary>
internal static class InputEstimate
{
    public static int Count(IEnumerable<string> paths) => paths.Sum(p => Directory.Exists(p) ? InputReader.FilesUnder(p).Count() : 1);
}
