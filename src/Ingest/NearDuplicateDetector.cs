namespace Extraction.Ingest;

/// <summary>Groups republished copies of the same article (placeholder: exact text only).</summary>
public sealed class NearDuplicateDetector
{
    private readonly Dictionary<string, string> firstByText = new(StringComparer.Ordinal);

    public Article Assign(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (firstByText.TryGetValue(article.Text, out var first) && first != article.Id)
        {
            return article with { DuplicateOf = first };
        }
        firstByText.TryAdd(article.Text, article.Id);
        return article;
    }
}
