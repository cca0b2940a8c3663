namespace Extraction.Ingest.Tests;

internal static class TestDocuments
{
    /// <summary>A fixed "today" so date checks do not drift: later than every page in the corpora.</summary>
    public static readonly DateOnly Today = new(2026, 11, 21);

    public static IngestPipeline Pipeline { get; } = new(new FixedClock(new DateTimeOffset(2026, 11, 21, 5, 0, 0, TimeSpan.Zero)));

    public static Article CleanText(string path) =>
        Pipeline.Clean(new RawDocument(path, File.ReadAllBytes(path), null, null, DocumentKind.Text));

    public static Article CleanSeed(string prefix) =>
        CleanText(Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single());
}
