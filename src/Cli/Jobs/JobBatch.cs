using System.Globalization;
using Extraction.Cli.Pipeline;
using Extraction.Extract;
using Extraction.Extract.Model;
using Extraction.Index;
using Extraction.Index.Postgres;
using Extraction.Ingest;

namespace Extraction.Cli.Jobs;

/// <summary>What one job came to: articles stored, inputs unchanged (already stored), and the errors of its inputs.</summary>
internal sealed class JobOutcome
{
    public int Stored { get; set; }

    public int Unchanged { get; set; }

    public List<string> Errors { get; } = [];

    /// <summary>The errors as one line for the queue: the first few, and how many more.</summary>
    public string ErrorText => Errors.Count <= 3
        ? string.Join("; ", Errors)
        : string.Join("; ", Errors.Take(3)) + string.Create(CultureInfo.InvariantCulture, $"; and {Errors.Count - 3} more");
}

/// <summary>
/// Runs a worker's claimed jobs through the ingest pipeline (the one <c>ingest</c> uses: parallel clean and
/// extract, ordered batched writes through the store, so the search index's change sequence stays right) and
/// says per job what came of it. Reprocess jobs re-extract stored articles from their stored text.
/// </summary>
internal sealed class JobBatch(IAgreementStore store, ArticlePipeline pipeline, InputLimits limits, int workers)
{
    public Dictionary<long, JobOutcome> Run(IReadOnlyList<ClaimedJob> jobs)
    {
        var outcomes = jobs.ToDictionary(j => j.Id, _ => new JobOutcome());
        var inputs = jobs.Where(j => j.Spec.Kind == PostgresJobQueue.InputJob).ToList();
        if (inputs.Count > 0)
        {
            // Extracted before the write starts: a write holds the store's change lock until it commits, so
            // extracting inside it would keep every other worker's writes waiting for this one's CPU work.
            Store(pipeline.Extract(inputs.SelectMany(Items)).ToList(), outcomes);
        }
        foreach (var job in jobs.Where(j => j.Spec.Kind == PostgresJobQueue.ReprocessJob))
        {
            Store(Reextracted(job).ToList(), outcomes);
        }
        foreach (var job in jobs.Where(j => j.Spec.Kind is not (PostgresJobQueue.InputJob or PostgresJobQueue.ReprocessJob)))
        {
            outcomes[job.Id].Errors.Add($"unknown job kind \"{job.Spec.Kind}\" (queued by a newer version?)");
        }
        return outcomes;
    }

    /// <summary>The job's inputs, each tagged with the job (through Input) so its outcome is counted there.</summary>
    private IEnumerable<InputItem> Items(ClaimedJob job)
    {
        var spec = job.Spec;
        var items = spec.RangeEnd < 0
            ? InputReader.Read([spec.Path], limits)
            : InputReader.ReadWarcRange(spec.Path, new WarcRange(spec.RangeStart, spec.RangeEnd, spec.FirstRecord, 0), limits);
        var tag = job.Id.ToString(CultureInfo.InvariantCulture);
        return items.Select(item => item with { Input = tag });
    }

    private IEnumerable<ProcessedArticle> Reextracted(ClaimedJob job)
    {
        var tag = job.Id.ToString(CultureInfo.InvariantCulture);
        var postgres = (PostgresAgreementStore)store;
        var articles = postgres.ArticlesNeedingVersion(AgreementExtractor.Version, job.Spec.Path, job.Spec.LastSource ?? job.Spec.Path);
        return OrderedParallel.Map(
            articles,
            article =>
            {
                try
                {
                    return new ProcessedArticle(article.Source, pipeline.Reextract(article), null) { Input = tag };
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return new ProcessedArticle(article.Source, null, $"cannot reprocess: {e.Message}") { Input = tag };
                }
            },
            workers);
    }

    private void Store(IEnumerable<ProcessedArticle> processed, Dictionary<long, JobOutcome> outcomes)
    {
        JobOutcome OutcomeOf(ProcessedArticle p) => outcomes[long.Parse(p.Input, CultureInfo.InvariantCulture)];
        ProcessedArticle? current = null;
        IEnumerable<ExtractedArticle> ToStore()
        {
            foreach (var p in processed)
            {
                if (p.Result is not null)
                {
                    current = p;
                    yield return p.Result;
                }
                else if (p.Skipped)
                {
                    OutcomeOf(p).Unchanged++;
                }
                else if (p.Error is not null)
                {
                    OutcomeOf(p).Errors.Add($"{p.Source}: {p.Error}");
                }
            }
        }
        store.UpsertMany(ToStore(), new WriteBatching
        {
            MaxArticles = IngestTuning.BatchArticles,
            Stored = (_, _) => OutcomeOf(current!).Stored++,
            Failed = (_, error) => OutcomeOf(current!).Errors.Add($"{current!.Source}: cannot store: {error}"),
        });
    }
}
