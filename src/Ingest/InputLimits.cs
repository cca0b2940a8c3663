using System.Globalization;

namespace Extraction.Ingest;

/// <summary>
/// How much one input may cost before it is skipped with a message naming the limit: a hostile or broken
/// input (a gzip bomb, a 100 MB "page") must not stall or exhaust a batch. Real pages are far below the
/// defaults (the largest page of the bundled and shared corpora is under 1 MB).
/// </summary>
/// <param name="MaxPageBytes">One page: a file's content after gunzip, a JSON Lines record, a WARC record (--max-page-size).</param>
/// <param name="MaxFileBytes">One input file as stored on disk, compressed or not (--max-file-size).</param>
/// <param name="MaxDecompressedBytes">Everything gunzipped out of one .gz file, containers included (--max-decompressed-size).</param>
public sealed record InputLimits(long MaxPageBytes, long MaxFileBytes, long MaxDecompressedBytes)
{
    public static InputLimits Default { get; } = new(8L << 20, 4L << 30, 4L << 30);

    /// <summary>"8 MiB": sizes in messages as people read them.</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 when bytes % (1L << 30) == 0 => $"{bytes >> 30} GiB",
        >= 1L << 20 when bytes % (1L << 20) == 0 => $"{bytes >> 20} MiB",
        >= 1L << 10 when bytes % (1L << 10) == 0 => $"{bytes >> 10} KiB",
        _ => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes",
    };

    internal string PageTooLarge => $"larger than the page size limit of {Format(MaxPageBytes)} (--max-page-size)";

    internal string FileTooLarge(long size) => $"{Format(size)} on disk, over the file size limit of {Format(MaxFileBytes)} (--max-file-size)";

    internal string DecompressedTooLarge => $"decompresses past the limit of {Format(MaxDecompressedBytes)} (--max-decompressed-size)";
}
