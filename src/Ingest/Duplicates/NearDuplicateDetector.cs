namespace Extraction.Ingest.Duplicates;

/// <summary>
/// Groups near-duplicate articles as they stream past (the same press release republished by several sites,
/// with its own header, footer and "Theo Báo X" line): MinHash over word 4-grams, banded for lookup, so each
/// article is compared only with likely matches. Each article gets <see cref="Article.DuplicateOf"/> = the id of
/// the first article of its group (null for that first one). Memory grows with the number of groups, not text.
/// Thread-safe; feed articles in input order so "first" is stable.
/// </summary>
public sealed class NearDuplicateDetector
{
    private const int Bands = 16;
    private const int Rows = MinHashSignature.Size / Bands;

    /// <summary>Estimated Jaccard similarity of word 4-grams above which two texts are one story.</summary>
    public const double Threshold = 0.5;

    /// <summary>Texts shorter than this are never grouped (too little to tell copies from look-alikes).</summary>
    public const int MinWords = 25;

    private readonly object _gate = new();
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];
    private readonly List<(string Id, uint[] Signature)> _heads = [];
    private readonly Dictionary<string, string?> _seenIds = new(StringComparer.Ordinal);

    public Article Assign(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var signature = MinHashSignature.Of(article.Text, MinWords);
        lock (_gate)
        {
            if (_seenIds.TryGetValue(article.Id, out var knownHead))
            {
                // The same content again: it belongs where its first copy went.
                return article with { DuplicateOf = knownHead ?? article.Id };
            }
            if (signature is null)
            {
                _seenIds[article.Id] = null;
                return article with { DuplicateOf = null };
            }
            var best = -1;
            var bestSimilarity = Threshold;
            for (var band = 0; band < Bands; band++)
            {
                if (!_buckets.TryGetValue((band, BandKey(signature, band)), out var heads))
                {
                    continue;
                }
                foreach (var head in heads)
                {
                    var similarity = MinHashSignature.Similarity(signature, _heads[head].Signature);
                    if (similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity || head < best))
                    {
                        best = head;
                        bestSimilarity = similarity;
                    }
                }
            }
            if (best >= 0)
            {
                var headId = _heads[best].Id;
                _seenIds[article.Id] = headId;
                return article with { DuplicateOf = headId };
            }
            var index = _heads.Count;
            _heads.Add((article.Id, signature));
            for (var band = 0; band < Bands; band++)
            {
                var key = (band, BandKey(signature, band));
                if (!_buckets.TryGetValue(key, out var list))
                {
                    _buckets[key] = list = [];
                }
                list.Add(index);
            }
            _seenIds[article.Id] = null;
            return article with { DuplicateOf = null };
        }
    }

    private static ulong BandKey(uint[] signature, int band)
    {
        var h = 0xCBF29CE484222325UL;
        for (var r = 0; r < Rows; r++)
        {
            h = (h ^ signature[band * Rows + r]) * 0x100000001B3UL;
        }
        return h;
    }
}
