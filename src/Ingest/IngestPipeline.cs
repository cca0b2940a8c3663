using System.Security.Cryptography;
using System.Text;

namespace Extraction.Ingest;

/// <summary>Turns one raw document into one clean article. Immutable and thread-safe: build once, reuse.</summary>
public sealed class IngestPipeline
{
    public Article Clean(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var decoded = Decoding.VietnameseDecoder.Decode(document.Content.Span, document.DeclaredCharset, document.Kind == DocumentKind.Html);
        var lines = decoded.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = lines.FirstOrDefault();
        var text = string.Join("\n", lines.Skip(1));
        return new Article(ArticleId(text), document.Source, document.Url, null, title, null, null, text);
    }

    /// <summary>Same text, same id, whatever the source encoding or normalisation form.</summary>
    public static string ArticleId(string cleanedText)
    {
        var bytes = Encoding.UTF8.GetBytes(cleanedText.Normalize(NormalizationForm.FormC));
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }
}
