using Extraction.Extract.Model;

namespace Extraction.Index;

/// <summary>
/// How <see cref="IAgreementStore.UpsertMany(IEnumerable{ExtractedArticle}, WriteBatching)"/> commits: after
/// <see cref="MaxArticles"/> articles or <see cref="MaxTime"/>, whichever comes first (a slow trickle of inputs
/// still reaches the disk), and what it says about each article as it goes.
/// </summary>
public sealed record WriteBatching
{
    public int MaxArticles { get; init; } = 500;

    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Called after each stored article, with what storing it did to its source's row.</summary>
    public Action<ExtractedArticle, UpsertOutcome>? Stored { get; init; }

    /// <summary>Called for each article rolled back alone, with why.</summary>
    public Action<ExtractedArticle, string>? Failed { get; init; }
}
