using System.Globalization;

namespace Extraction.Cli;

/// <summary>What `show` is given: an article id (or prefix), optionally "#N" naming its N-th agreement, as search prints them.</summary>
internal sealed record ArticleReference(string Id, int? Agreement)
{
    public static ArticleReference Parse(string value)
    {
        var text = value.Trim();
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var id = hash < 0 ? text : text[..hash];
        if (id.Length == 0)
        {
            throw new UserErrorException("show: give an article id as search prints it (502aa745c0d15053, a unique prefix of it, or 502aa745c0d15053#0 for one agreement)");
        }
        if (hash < 0)
        {
            return new ArticleReference(id, null);
        }
        var n = text[(hash + 1)..];
        if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            throw new UserErrorException($"show {value}: after # comes the agreement's number (0, 1, …), not \"{n}\"");
        }
        return new ArticleReference(id, index);
    }
}
