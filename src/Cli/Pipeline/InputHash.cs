using System.Security.Cryptography;
using System.Text;
using Extraction.Ingest;

namespace Extraction.Cli.Pipeline;

/// <summary>What identifies a raw input's content: its bytes and everything that changes how they are read.</summary>
internal static class InputHash
{
    public static string Of(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{document.Kind}\n{document.Url}\n{document.DeclaredCharset}\n"));
        hash.AppendData(document.Content.Span);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
