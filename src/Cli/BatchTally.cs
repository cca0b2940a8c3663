namespace Extraction.Cli;

/// <summary>Counts what a batch did, and turns the counts into the exit code the README promises.</summary>
internal sealed class BatchTally(Reporter reporter)
{
    private string? lastInput;

    /// <summary>Input files (a file's records come one after another, so a change of file counts one).</summary>
    public int Files { get; private set; }

    /// <summary>Documents: a file, a JSON Lines record, a WARC record.</summary>
    public int Records { get; private set; }

    public int Articles { get; private set; }

    public int Agreements { get; private set; }

    public int Errors { get; private set; }

    /// <summary>Agreements of articles marked as duplicate copies: stored, but hidden in search and stats.</summary>
    public int DuplicateAgreements { get; private set; }

    /// <summary>Records whose URL an earlier record of the same run carried with other text: the later page replaced it.</summary>
    public int ReplacedByUrl { get; private set; }

    public void Replaced(ProcessedArticle processed, string earlierInput)
    {
        ArgumentNullException.ThrowIfNull(processed);
        ReplacedByUrl++;
        var where = earlierInput == processed.Input ? "earlier in the same input" : $"in {earlierInput}";
        reporter.Warning($"{processed.Input}: {processed.Source}: a different page with this URL came {where}; this one replaces it in the store");
    }

    /// <summary>Records whose source already held this very content: a resumed or repeated ingest did not redo them.</summary>
    public int Unchanged { get; private set; }

    public void Processed(ProcessedArticle processed)
    {
        ArgumentNullException.ThrowIfNull(processed);
        Records++;
        if (processed.Input != lastInput)
        {
            Files++;
            lastInput = processed.Input;
        }
        if (processed.Skipped)
        {
            Unchanged++;
            reporter.Detail($"unchanged: {processed.Source}");
            return;
        }
        if (processed.Result is null)
        {
            Errors++;
            reporter.Error(processed.Source, processed.Error ?? "failed");
            return;
        }
        Articles++;
        Agreements += processed.Result.Agreements.Count;
        if (processed.Result.Article.DuplicateOf is not null)
        {
            DuplicateAgreements += processed.Result.Agreements.Count;
        }
        reporter.Detail($"ok: {processed.Source}: {processed.Result.Agreements.Count} agreements");
    }

    /// <summary>0 when anything was processed; 1 when nothing was, because every input was unreadable.</summary>
    public int ExitCode => Articles > 0 || Unchanged > 0 || Errors == 0 ? ExitCodes.Success : ExitCodes.UserError;

    /// <summary>The end-of-batch line; it says why stats and search may show fewer agreements (duplicates hidden).</summary>
    public string Summary => $"files: {Files}, records: {Records}, {ArticleSummary}";

    /// <summary>The counts for a batch of stored articles (reprocess), where files and records mean nothing.</summary>
    public string ArticleSummary
    {
        get
        {
            var hidden = DuplicateAgreements > 0 ? $" ({DuplicateAgreements} in duplicate copies, hidden in search and stats)" : "";
            var replaced = ReplacedByUrl > 0 ? $", replaced by a later page with the same URL: {ReplacedByUrl}" : "";
            var unchanged = Unchanged > 0 ? $", unchanged (already stored, skipped): {Unchanged}" : "";
            return $"articles: {Articles}, agreements: {Agreements}{hidden}, errors: {Errors}{replaced}{unchanged}";
        }
    }
}
