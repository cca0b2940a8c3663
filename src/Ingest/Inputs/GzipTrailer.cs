namespace Extraction.Ingest.Inputs;

/// <summary>
/// Tells a truncated .gz file: GZipStream ends quietly when the compressed data runs out, so a cut file
/// reads as a shorter page. A whole gzip file ends with the length of its data (ISIZE, mod 2^32); the
/// last bytes of a cut one are compressed data that almost never equal it. Checked for single-page files
/// (a .gz of several concatenated members, which gzip never writes for one file, would read as cut).
/// </summary>
internal static class GzipTrailer
{
    public static bool MatchesLength(string path, long decompressedBytes)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        if (file.Length < 18)
        {
            return false; // shorter than a gzip header and trailer
        }
        file.Seek(-4, SeekOrigin.End);
        Span<byte> isize = stackalloc byte[4];
        file.ReadExactly(isize);
        return BitConverter.ToUInt32(isize) == (uint)decompressedBytes;
    }
}
