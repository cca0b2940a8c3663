using System.Text;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// The Windows code pages .NET does not carry by default. Taken from the in-box provider directly
/// rather than registered globally, so decoding has no process-wide side effect.
/// </summary>
internal static class CodePages
{
    public static readonly Encoding Windows1258 = Get(1258);

    public static readonly Encoding Windows1252 = Get(1252);

    private static Encoding Get(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)
        ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
}
