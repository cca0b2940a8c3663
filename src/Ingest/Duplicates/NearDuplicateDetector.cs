namespace Extraction.Ingest.Duplicates;

/// <summary>
/// Groups near-duplicate articles as they stream past (the same press release republished by several sites,
/// with its own header, footer and "Theo Báo X" line): MinHash over word 4-grams, banded for lookup, so each
/// article is compared only with likely matches. Each article gets <see cref="Article.DuplicateOf"/> = the id of
/// the first article of its group (null for that first one). What it remembers lives in an
/// <see cref="INearDuplicateIndex"/> (in memory by default; the store's for an ingest, so memory stays flat).
/// Thread-safe; feed articles in input order so "first" is stable.
/// </summary>
public sealed class NearDuplicateDetector(INearDuplicateIndex? index = null)
{
    /// <summary>LSH bands: a head is a candidate when all rows of one band agree.</summary>
    public const int Bands = 16;
    private const int Rows = MinHashSignature.Size / Bands;

    /// <summary>Estimated Jaccard similarity of word 4-grams above which two texts are one story.</summary>
    public const double Threshold = 0.5;

    /// <summary>Texts shorter than this are never grouped (too little to tell copies from look-alikes).</summary>
    public const int MinWords = 25;

    private readonly object _gate = new();
    private readonly INearDuplicateIndex _index = index ?? new InMemoryNearDuplicateIndex();

    public Article Assign(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Assign(article, Signature(article));
    }

    /// <summary>The part of <see cref="Assign(Article)"/> that needs no order: compute it on any thread, then assign in input order.</summary>
    public static uint[]? Signature(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return MinHashSignature.Of(article.Text, MinWords);
    }

    /// <param name="signature">What <see cref="Signature"/> gave for this article.</param>
    public Article Assign(Article article, uint[]? signature)
    {
        ArgumentNullException.ThrowIfNull(article);
        lock (_gate)
        {
            if (_index.TryGetSeen(article.Id, article.Source, out var knownHead, out var sameSource))
            {
                // The same content again: it belongs where its first copy went. An exact copy under another
                // source is a record of its own: its own id, so it never points at itself and ids stay unique.
                return sameSource
                    ? article with { DuplicateOf = knownHead }
                    : article with { Id = CopyId(article.Id, article.Source), DuplicateOf = knownHead };
            }
            if (signature is null)
            {
                _index.MarkSeen(article.Id, article.Source, null);
                return article with { DuplicateOf = null };
            }
            var keys = BandKeys(signature);
            string? best = null;
            var bestSimilarity = Threshold;
            // Candidates come in the order their heads were added: on a tie the earliest head wins.
            foreach (var (id, headSignature) in _index.Candidates(keys))
            {
                var similarity = MinHashSignature.Similarity(signature, headSignature);
                if (similarity >= bestSimilarity && (best is null || similarity > bestSimilarity))
                {
                    best = id;
                    bestSimilarity = similarity;
                }
            }
            if (best is not null)
            {
                _index.MarkSeen(article.Id, article.Source, best);
                return article with { DuplicateOf = best };
            }
            _index.AddHead(article.Id, keys, signature);
            _index.MarkSeen(article.Id, article.Source, null);
            return article with { DuplicateOf = null };
        }
    }

    /// <summary>The id of an exact copy of article <paramref name="id"/> found under <paramref name="source"/>: stable across runs, distinct per source.</summary>
    public static string CopyId(string id, string source)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(source);
        var bytes = System.Text.Encoding.UTF8.GetBytes(id + "\n" + source);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
    }

    /// <summary>One key per band, the band's number mixed in, so one list of keys serves every band.</summary>
    public static ulong[] BandKeys(uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var h = 0xCBF29CE484222325UL ^ (ulong)band;
            for (var r = 0; r < Rows; r++)
            {
                h = (h ^ signature[band * Rows + r]) * 0x100000001B3UL;
            }
            keys[band] = h;
        }
        return keys;
    }
}
