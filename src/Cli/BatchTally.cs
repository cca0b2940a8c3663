namespace Extraction.Cli;

/// <summary>Counts what a batch did, and turns the counts into the exit code the README promises.</summary>
internal sealed class BatchTally(Reporter reporter)
{
    public int Inputs { get; private set; }

    public int Articles { get; private set; }

    public int Agreements { get; private set; }

    public int Errors { get; private set; }

    public void Processed(ProcessedArticle processed)
    {
        ArgumentNullException.ThrowIfNull(processed);
        Inputs++;
        if (processed.Result is null)
        {
            Errors++;
            reporter.Error(processed.Source, processed.Error ?? "failed");
            return;
        }
        Articles++;
        Agreements += processed.Result.Agreements.Count;
        reporter.Detail($"ok: {processed.Source}: {processed.Result.Agreements.Count} agreements");
    }

    /// <summary>0 when anything was processed; 1 when nothing was, because every input was unreadable.</summary>
    public int ExitCode => Articles > 0 || Errors == 0 ? ExitCodes.Success : ExitCodes.UserError;

    public string Summary => $"files: {Inputs}, articles: {Articles}, agreements: {Agreements}, errors: {Errors}";
}
