namespace Extraction.Index.Lucene;

/// <summary>
/// The choices of how a query runs on the index, one record so the bench can time one plan against
/// another on the same index in one run; searches use <see cref="Default"/>.
/// </summary>
internal sealed record SearchPlan
{
    public static SearchPlan Default { get; } = new();

    /// <summary>
    /// Best first-pass matches rescored with the field weights: the page always comes from among them.
    /// 200, not 400: the second pass was half a search's time (docs/decisions.md, 2026-12-04 plan section).
    /// </summary>
    public int RescoreWindow { get; init; } = 200;

    /// <summary>Exact phrases on the combined text as terms of the pair field (one pair) or phrases of pairs.</summary>
    public bool Pairs { get; init; } = true;

    /// <summary>
    /// Leaves out the row-kind filter when a text clause must match: the text fields of the two kinds have
    /// their own names, so such a clause only matches rows of the kind searched.
    /// </summary>
    public bool KindFromFields { get; init; } = true;

    /// <summary>
    /// Second pass: the clauses holding a phrase score with the first-pass hits as their only documents (one
    /// scorer per top-level clause), so a phrase is checked on the hits alone, not on every row between them.
    /// </summary>
    public bool PhrasesSeeHitsOnly { get; init; } = true;

    /// <summary>
    /// First pass: a query with positional phrases first finds the rows holding every required word (a cheap
    /// conjunction of posting lists), and its phrases check positions in those rows only (<see cref="WordsFirstFilter"/>).
    /// </summary>
    public WordsFirstWhen WordsFirst { get; init; } = WordsFirstWhen.Rarer;

    /// <summary>
    /// Threads one ranked search uses (first pass and rescoring, each over its share of the documents; <see cref="DocRanges"/>):
    /// two where the machine has two cores. Results are the same with any number.
    /// </summary>
    public int Threads { get; init; } = Math.Min(2, Environment.ProcessorCount);

    /// <summary>Below this many documents a search runs on one thread: handing work to another costs more than it saves.</summary>
    public int ThreadsFromDocs { get; init; } = 100_000;
}

/// <summary>Which queries find their required words before checking phrase positions.</summary>
internal enum WordsFirstWhen
{
    Never,

    /// <summary>A sloppy phrase (a typed-out name) and another required clause.</summary>
    Sloppy,

    /// <summary>Any positional phrase and another required clause.</summary>
    Phrase,

    /// <summary>A positional phrase whose rarest word is commoner than another clause's (<see cref="QueryPlan.WordsFirstRatio"/>).</summary>
    Rarer,
}

/// <summary>Where one search's time went (the bench's profile), in Stopwatch ticks: the first pass, the rescoring, the rest (row ids, facet values).</summary>
internal sealed class SearchPhases
{
    public long Match { get; set; }

    public long Rescore { get; set; }

    /// <summary>Of <see cref="Rescore"/>: the weights (term lookups) and scorers, before any hit is scored.</summary>
    public long RescoreSetup { get; set; }

    public long Rows { get; set; }
}
